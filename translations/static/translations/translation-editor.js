// wagtail-localize's editor writes the heading above each tab's segments in English
// ("Αγγλικά to Ελληνικά translation"); the page carries it in the user's language
// (edit_translation.html, which loads this script deferred: Wagtail puts scripts before the
// page), put in place of the English each time the editor renders.
(() => {
    const editor = document.querySelector(".translation-editor[data-heading]");
    if (!editor) return;
    const { heading, upstreamHeading } = editor.dataset;
    const translateHeadings = () => {
        for (const title of editor.querySelectorAll("h3")) {
            // The text node React rendered keeps its identity: React never sees a change.
            if (title.textContent === upstreamHeading && title.firstChild) {
                title.firstChild.nodeValue = heading;
            }
        }
    };
    new MutationObserver(translateHeadings).observe(editor, { childList: true, characterData: true, subtree: true });
    translateHeadings();
})();
