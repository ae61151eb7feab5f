"""The command line's verbs, one module each: cli.py parses the arguments and dispatches here."""
