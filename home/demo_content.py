"""The demo content, in English, from the organization's own text (shared/seed/nexes-sse.txt).

Translations of every text here live in translations/content_catalogues/<language>.po. Partner organizations other
than Nexes itself are examples, and say so in their names.
"""

import datetime


def paragraphs(*texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


HOME = {
    "introduction": (
        "Nexes takes part in Social and Solidarity Economy projects at local and international "
        "level, with partner organizations in Spain, France, Greece and Italy."
    ),
    "sse_heading": "What is the Social and Solidarity Economy?",
    "sse_text": (
        "<p>The Social and Solidarity Economy (SSE) is an economy whose social purpose is "
        "fundamental. Its organizations use their profits in the service of a cause: their primary "
        "purpose is not profit.</p>"
        "<p>They carry out collective projects, most often for social or environmental purposes, "
        "and they work together, democratically, rooted in their local territory.</p>"
    ),
    "image": "home",
}

IMAGES = {
    # key: (title, alt text). The alt texts describe the drawings as home/demo_images.py makes
    # them (figures around a disc, not photographs).
    "home": (
        "People around a table",
        (
            "Drawing of nine simple figures in green, teal, yellow, orange and red,"
            " in a circle around a large yellow disc"
        ),
    ),
    "youth": (
        "Young people in a workshop",
        (
            "Drawing of six simple figures in green, teal, yellow, orange and red,"
            " in a circle around a large yellow disc"
        ),
    ),
    "roma": (
        "Mentoring session",
        (
            "Drawing of five simple figures in green, teal, orange and red,"
            " in a circle around a large red disc"
        ),
    ),
    "forum": (
        "Forum assembly",
        (
            "Drawing of seven simple figures in green, teal, yellow, orange and red,"
            " in a circle around a large teal disc"
        ),
    ),
    "kiss": (
        "Network of initiatives",
        (
            "Drawing of five simple figures in green, teal, orange and red,"
            " in a circle around a large yellow disc"
        ),
    ),
    "news": (
        "Meeting of partners",
        (
            "Drawing of nine simple figures in green, teal, yellow, orange and red,"
            " in a circle around a large red disc"
        ),
    ),
}

ABOUT = {
    "slug": "about-us",
    "title": "About us",
    "summary": "Nexes is an organization of the Social and Solidarity Economy.",
    "body": [
        *paragraphs(
            "Nexes participates in many Social and Solidarity Economy projects at local and "
            "international level.",
            "With partner organizations from Spain, France, Greece and Italy, we develop tools and "
            "training so that young people can start or strengthen their own projects in the SSE.",
        ),
        ("heading", "How we work"),
        *paragraphs(
            "We work in partnership: every project is designed and run together with associations, "
            "cooperatives and other organizations that share the values of the SSE.",
        ),
    ],
}

COUNTRIES = {"es": "Spain", "fr": "France", "gr": "Greece", "it": "Italy"}
THEMES = {
    "youth-entrepreneurship": "Youth entrepreneurship",
    "roma-inclusion": "Roma inclusion",
    "transformative-economies": "Transformative economies",
    "social-sustainability": "Social sustainability",
}
LEGAL_FORMS = {
    "association": "Association",
    "cooperative": "Cooperative",
    "mutual": "Mutual",
    "foundation": "Foundation",
    "other": "Other",
}

VALUE_INDEX = {
    "slug": "values",
    "title": "The values of the SSE",
    "summary": "What the Social and Solidarity Economy is, and the values its organizations share.",
    "body": [
        *paragraphs(
            "The Social and Solidarity Economy (SSE) is an economy whose social purpose is "
            "fundamental. An organization of the SSE uses its profits in the service of a cause: "
            "its primary purpose is not profit.",
            "It carries out a collective project, most often for social or environmental purposes. "
            "These are partnerships of people, not of capital, which operate collectively and "
            "democratically and which favour their local territory.",
        ),
        ("heading", "Legal forms"),
        *paragraphs(
            "These organizations are distinguished mainly by their legal form (associations, "
            "cooperatives, mutuals, foundations…), but also by the values of the SSE that they "
            "respect.",
            "The Social and Solidarity Economy also takes on public service missions that the "
            "State cannot carry out, or carries out in conditions that are less effective and less "
            "favourable to users.",
        ),
    ],
}

VALUES = [
    {
        "slug": "people-before-capital",
        "title": "People before capital",
        "statement": (
            "People are at the heart of the economy and are its purpose: the person and the social "
            "aim come before capital."
        ),
        "explanation": (
            "<p>In the SSE, the economy is a means, not an end. An organization exists to meet the "
            "needs of its members and of society, and capital is a tool at their service.</p>"
        ),
        "examples": paragraphs(
            "A cooperative of care workers sets its prices so that families on low incomes can "
            "afford its services, and pays its workers fairly."
        ),
    },
    {
        "slug": "open-membership",
        "title": "Open and voluntary membership",
        "statement": "Membership of projects and organizations is open and voluntary.",
        "explanation": (
            "<p>Anyone who shares the aims of a project can join it, and nobody is forced to stay. "
            "Organizations do not discriminate among the people who want to take part.</p>"
        ),
        "examples": paragraphs(
            "A consumer cooperative welcomes every neighbour who wants to join, whatever their "
            "income, for a small and refundable share."
        ),
    },
    {
        "slug": "democratic-management",
        "title": "Democratic management",
        "statement": (
            "Management is democratic: leaders are elected, and it is one person, one vote, not "
            "one share, one vote."
        ),
        "explanation": (
            "<p>Members elect their leaders and take the important decisions together, in "
            "collective bodies such as the general assembly. Each member has one vote, whatever "
            "they have invested.</p>"
        ),
        "examples": paragraphs(
            "In a workers' cooperative, the general assembly of all workers approves the accounts "
            "and elects the board every year."
        ),
    },
    {
        "slug": "regulated-profits",
        "title": "Regulated distribution of profits",
        "statement": (
            "The distribution of profits is strictly regulated: most of the surplus is reinvested "
            "and cannot be distributed."
        ),
        "explanation": (
            "<p>Surpluses build up indivisible reserves that belong to the organization and serve "
            "its project over time. They cannot be shared out among members.</p>"
        ),
        "examples": paragraphs(
            "A mutual insurance company uses its surplus to lower its members' contributions and "
            "to strengthen its reserves."
        ),
    },
    {
        "slug": "autonomy-and-cooperation",
        "title": "Autonomy and cooperation",
        "statement": (
            "Management is autonomous and independent of public authorities, while cooperating "
            "with them."
        ),
        "explanation": (
            "<p>Organizations of the SSE decide for themselves. They often work with local and "
            "regional authorities, as partners, without depending on them.</p>"
        ),
        "examples": paragraphs(
            "An association runs a youth centre in agreement with the town council, but its "
            "members decide its programme."
        ),
    },
    {
        "slug": "solidarity-and-responsibility",
        "title": "Solidarity and responsibility",
        "statement": "The principles of solidarity and responsibility guide every action.",
        "explanation": (
            "<p>Solidarity between members, between generations and between territories, and "
            "responsibility towards people and the environment, guide the way projects are "
            "carried out.</p>"
        ),
        "examples": paragraphs(
            "A network of associations shares its tools and training free of charge with new "
            "initiatives that want to enter the sector."
        ),
    },
]

PROJECT_INDEX = {
    "slug": "projects",
    "title": "Projects",
    "introduction": (
        "The European projects in which Nexes and its partners put the values of the SSE into "
        "practice."
    ),
}

PARTNER_INDEX = {
    "slug": "partners",
    "title": "Partner organizations",
    "introduction": "The organizations we work with. Apart from Nexes, those listed here are examples.",
}

PARTNERS = [
    {
        "slug": "nexes",
        "title": "Nexes",
        "summary": "An organization of the Social and Solidarity Economy that runs European projects.",
        "legal_form": "association",
        "country": "es",
        "city": "",
        "description": paragraphs(
            "Nexes participates in many Social and Solidarity Economy projects at local and "
            "international level."
        ),
    },
    {
        "slug": "example-cooperative-thessaloniki",
        "title": "Example cooperative, Thessaloniki",
        "summary": "An example organization: a social cooperative supporting young people into work.",
        "legal_form": "cooperative",
        "country": "gr",
        "city": "Thessaloniki",
        "description": paragraphs(
            "This is an example organization, shown to illustrate the site. It stands for a "
            "social cooperative that supports young people in starting their own activity."
        ),
    },
    {
        "slug": "example-association-marseille",
        "title": "Example association, Marseille",
        "summary": "An example organization: an association for youth and local development.",
        "legal_form": "association",
        "country": "fr",
        "city": "Marseille",
        "description": paragraphs(
            "This is an example organization, shown to illustrate the site. It stands for an "
            "association that works with young people on local development projects."
        ),
    },
    {
        "slug": "example-mutual-bologna",
        "title": "Example mutual, Bologna",
        "summary": "An example organization: a mutual aid society that trains social entrepreneurs.",
        "legal_form": "mutual",
        "country": "it",
        "city": "Bologna",
        "description": paragraphs(
            "This is an example organization, shown to illustrate the site. It stands for a "
            "mutual aid society that offers training to social entrepreneurs."
        ),
    },
]

PROJECTS = [
    {
        "slug": "youth-in-the-sse",
        "title": "Young people in the Social and Solidarity Economy",
        "summary": (
            "For young people from Spain, France, Greece and Italy who are starting, or want to "
            "strengthen, their journey in the SSE by developing their own projects."
        ),
        "body": paragraphs(
            "The project is aimed at young people from four countries (Spain, France, Greece and "
            "Italy) who are starting, or want to strengthen, their journey in the Social and "
            "Solidarity Economy by developing their own projects.",
            "Participants learn from each other and from organizations of the SSE, and receive "
            "support to turn their ideas into collective projects.",
        ),
        "start_date": datetime.date(2025, 9, 1),
        "end_date": datetime.date(2027, 8, 31),
        "countries": ["es", "fr", "gr", "it"],
        "themes": ["youth-entrepreneurship"],
        "values": ["open-membership", "democratic-management", "solidarity-and-responsibility"],
        "partners": [
            "nexes",
            "example-association-marseille",
            "example-cooperative-thessaloniki",
            "example-mutual-bologna",
        ],
        "funding_programme": "Erasmus+",
        "target_group": "Young people aged 18 to 30",
        "image": "youth",
        "featured": True,
    },
    {
        "slug": "young-roma-entrepreneurs",
        "title": "A supportive framework for young Roma entrepreneurs",
        "summary": (
            "Five associations from the east and south of Europe create tools and sustainable ways "
            "to develop the social and economic activities of Roma youth."
        ),
        "body": paragraphs(
            "Development of a supportive framework for young Roma entrepreneurs.",
            "Five associations from the east and south of Europe are coordinating to create, over "
            "two years, tools and sustainable ways to develop the social and economic activities "
            "of Roma youth.",
        ),
        "start_date": datetime.date(2024, 1, 1),
        "end_date": datetime.date(2025, 12, 31),
        "countries": ["es", "gr", "it"],
        "themes": ["roma-inclusion", "youth-entrepreneurship"],
        "values": ["people-before-capital", "solidarity-and-responsibility"],
        "partners": ["nexes", "example-cooperative-thessaloniki"],
        "funding_programme": "Erasmus+",
        "target_group": "Young Roma people who want to start an activity",
        "image": "roma",
        "featured": True,
    },
    {
        "slug": "world-social-forum-transformative-economies",
        "title": "World Social Forum of Transformative Economies",
        "summary": (
            "A meeting place for the movements that are building an economy at the service of "
            "people and the planet."
        ),
        "body": paragraphs(
            "The World Social Forum of Transformative Economies brings together the Social and "
            "Solidarity Economy, feminist economics, the commons and other movements that "
            "transform the economy.",
            "Nexes takes part in preparing the forum and in sharing its results with its partners.",
        ),
        "start_date": datetime.date(2026, 3, 1),
        "end_date": None,
        "countries": ["es"],
        "themes": ["transformative-economies"],
        "values": ["democratic-management", "autonomy-and-cooperation"],
        "partners": ["nexes"],
        "funding_programme": "",
        "target_group": "Organizations and activists of the transformative economies",
        "image": "forum",
        "featured": False,
    },
    {
        "slug": "kiss-key-is-social-sustainability",
        "title": "KISS: the Key Is Social Sustainability",
        "summary": (
            "An EU-funded project promoting the sustainability of SSE initiatives, between current "
            "actors and the young people who want to enter the sector."
        ),
        "body": paragraphs(
            "“KISS: the Key Is Social Sustainability” is an EU-funded project that aims to promote "
            "the sustainability of the initiatives of the Social and Solidarity Economy.",
            "It connects the current actors of the SSE with the young people who want to enter the "
            "sector, so that knowledge and experience pass from one to the other.",
        ),
        "start_date": datetime.date(2027, 1, 1),
        "end_date": datetime.date(2028, 12, 31),
        "countries": ["es", "fr", "gr", "it"],
        "themes": ["social-sustainability"],
        "values": ["regulated-profits", "solidarity-and-responsibility"],
        "partners": ["nexes", "example-mutual-bologna", "example-association-marseille"],
        "funding_programme": "European Union",
        "target_group": "SSE organizations and young people who want to join the sector",
        "image": "kiss",
        "featured": True,
    },
]

NEWS_INDEX = {
    "slug": "news",
    "title": "News",
    "introduction": "News from Nexes and its partner organizations.",
}

NEWS = [
    {
        "slug": "youth-project-call-for-participants",
        "title": "Young people from four countries join the SSE project",
        "summary": "Participants from Spain, France, Greece and Italy start their journey in the SSE.",
        "date": datetime.date(2026, 10, 6),
        "body": paragraphs(
            "Young people from Spain, France, Greece and Italy have joined the project. Over the "
            "coming months they will develop their own projects in the Social and Solidarity "
            "Economy, with the support of the partner organizations."
        ),
        "partner": "nexes",
        "related_projects": ["youth-in-the-sse"],
        "image": "news",
    },
    {
        "slug": "roma-entrepreneurs-final-meeting",
        "title": "Final meeting of the framework for young Roma entrepreneurs",
        "summary": "The five associations present the tools created over two years.",
        "date": datetime.date(2025, 12, 10),
        "body": paragraphs(
            "The five associations of the project met to present the tools they created over two "
            "years and to plan how to keep using them."
        ),
        "partner": "nexes",
        "related_projects": ["young-roma-entrepreneurs"],
        "image": None,
    },
    {
        "slug": "thessaloniki-cooperative-training-week",
        "title": "A training week on cooperative management",
        "summary": "An example partner hosts a week of training on democratic management.",
        "date": datetime.date(2026, 5, 18),
        "body": paragraphs(
            "For one week, young participants learned how a cooperative takes its decisions, from "
            "the general assembly to the daily work of its members."
        ),
        "partner": "example-cooperative-thessaloniki",
        "related_projects": ["youth-in-the-sse"],
        "image": None,
        "under_partner": True,
    },
]
