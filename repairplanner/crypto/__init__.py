"""Private text: a passphrase becomes a key (keys.py) and AES-GCM seals each private note to its row (sealing.py).

Pure functions over bytes: no Qt, no database, no logging, and nothing happens at import time.
"""
