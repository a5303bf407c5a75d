"""Copy the NL Design System stylesheets from node_modules into the package, so that an installed Opvolging serves
them wherever it runs (`make vendor-css` after changing their versions in package.json).

Both are published under the EUPL-1.2, Opvolging's own licence: the Utrecht components (`@utrecht/component-library-
css`) and the NL Design System's example theme (`@nl-design-system-unstable/voorbeeld-design-tokens`), whose tokens
are open, unlike a municipality's house style. `tests/tracker/test_static.py` fails when the copies differ from
the versions package.json pins.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "opvolging" / "tracker" / "static" / "nlds"
# package → (its file, the name it is served under)
SOURCES = {
    "@utrecht/component-library-css": ("dist/index.css", "utrecht-components.css"),
    "@nl-design-system-unstable/voorbeeld-design-tokens": ("dist/theme.css", "voorbeeld-theme.css"),
}


def main() -> int:
    modules = ROOT / "node_modules"
    lines = ["# NL Design System stylesheets", "",
             "Copied by `scripts/vendor_nlds.py` from the npm packages below; do not edit by hand. Both are published",
             "under the European Union Public Licence 1.2 (EUPL-1.2), as Opvolging is; LICENSE.md is its text.", ""]
    for package, (source, name) in SOURCES.items():
        folder = modules / package
        if not folder.is_dir():
            print(f"{folder}: not installed; run `npm ci` first", file=sys.stderr)
            return 1
        meta = json.loads((folder / "package.json").read_text())
        shutil.copyfile(folder / source, TARGET / name)
        lines.append(f"- `{name}`: {package} {meta['version']} ({meta.get('license')}), `{source}`")
    shutil.copyfile(modules / "@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE.md", TARGET / "LICENSE.md")
    (TARGET / "README.md").write_text("\n".join(lines) + "\n")
    print(f"copied {len(SOURCES)} stylesheets into {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
