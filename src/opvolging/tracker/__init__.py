"""The tracker: extractions held in a database, reviewed and followed up by people."""
