"""One date style for every language, as each writes it (FORMAT_MODULE_PATH): day without a leading
zero, the month's name, the year — "6 October 2026", "6 de octubre de 2026", "6 octobre 2026",
"6 Οκτωβρίου 2026" (the genitive, E), "6 ottobre 2026" (Italian month names are lower case: the
locale_overrides catalogue says so, Django's capitalises them). Django's own formats differ
arbitrarily (English "Oct. 6, 2026", Greek "06/10/2026", Italian "06 Ottobre 2026")."""
