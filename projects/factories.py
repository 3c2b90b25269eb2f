import datetime

import factory
import wagtail_factories

from projects.models import ProjectIndexPage, ProjectPage, ProjectPartner


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectIndexPage

    title = "Projects"


class ProjectPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectPage
        skip_postgeneration_save = True  # the partners hook saves its own rows

    title = factory.Sequence(lambda n: f"Project {n}")
    summary = factory.LazyAttribute(lambda project: f"What {project.title} does.")
    start_date = datetime.date(2024, 1, 1)
    end_date = datetime.date(2099, 12, 31)

    @factory.post_generation
    def partners(project, create, partners, **kwargs):  # noqa: N805 - factory_boy passes the page
        """ProjectPageFactory(partners=[a, b]) links partner pages in that order."""
        for order, partner in enumerate(partners or []):
            ProjectPartner.objects.create(project=project, partner=partner, sort_order=order)
