"""Keep the tests' parse cache out of the user's cache folder."""

import os
import tempfile

_CACHE = tempfile.TemporaryDirectory(prefix="feudcli-test-cache-")
os.environ["FEUDCLI_CACHE_DIR"] = _CACHE.name
