import pytest


@pytest.mark.parametrize(
    "url",
    [
        "/xx/",
        "/xx/some/page/",
        "/en/this-page-does-not-exist/",
        "/el/%CE%B4%CE%B5%CE%BD-%CF%85%CF%80%CE%AC%CF%81%CF%87%CE%B5%CE%B9/",
        "/en/?page=%ff%fe&q=%00&&=&a[]=1",
        "/es/?%zz=%",
        "/language/es/?next=%00",
        "/admin/../../etc/passwd",
    ],
)
def test_bad_urls_give_404_or_redirect_never_5xx(client, db, url):
    response = client.get(url, follow=True)

    assert response.status_code in (200, 404)
    assert all(status in (301, 302) for _url, status in response.redirect_chain)


@pytest.mark.parametrize("language", ["en", "es", "fr", "el", "it"])
def test_not_found_page_is_in_the_language_of_the_url(client, db, language):
    from django.utils.translation import gettext, override

    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    with override(language):
        assert gettext("Page not found") in response.content.decode()
    assert f'<html lang="{language}"' in response.content.decode()


@pytest.mark.parametrize("url", ["/admin/pages/999999/edit/", "/documents/999999/x.pdf"])
def test_unprefixed_paths_answer_404_without_a_language_redirect(admin_client, url):
    assert admin_client.get(url).status_code == 404
