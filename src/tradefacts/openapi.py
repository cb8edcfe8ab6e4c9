"""Print the service's OpenAPI document (committed as docs/openapi.json): `python -m tradefacts.openapi`."""

from __future__ import annotations

import json
import sys

from tradefacts.extract.registry import get_backend
from tradefacts.service import create_app

if __name__ == "__main__":
    json.dump(create_app(get_backend("regex")).openapi(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
