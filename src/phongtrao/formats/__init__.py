"""Date and number formats (settings.FORMAT_MODULE_PATH): dd/mm/yyyy, 24-hour time and grouped thousands in both
languages, the Vietnamese way ("3.321") in Vietnamese."""
