"""Write the notebooks in notebooks/: each is one cell that calls the kit (run after adding a notebook kind)."""

from __future__ import annotations

from pathlib import Path

import nbformat

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

PAGES = {
    "start": ("Oefenkit: startpagina", "from kit.ui.app import start_page\n\nstart_page()"),
    "casussen": (
        "Oefenkit: kies een casus",
        'from kit.ui.app import exercise_app\n\nexercise_app(variant="stappenplan")',
    ),
    "facilitator": ("Oefenkit: workshop leiden", "from kit.ui.facilitator import facilitator_app\n\nfacilitator_app()"),
    **{
        f"casus-{n}": (f"Oefenkit: casus {n}", f'from kit.ui.app import exercise_app\n\nexercise_app("casus-{n}")')
        for n in range(1, 5)
    },
    **{
        f"samos-oefenvorm-{n}": (
            f"Oefenkit: SAMOS-oefenvorm {n}",
            f'from kit.ui.app import exercise_app\n\nexercise_app(variant="oefenvorm-{n}")',
        )
        for n in range(1, 7)
    },
}


def write_all() -> None:
    NOTEBOOKS.mkdir(exist_ok=True)
    for name, (title, code) in PAGES.items():
        notebook = nbformat.v4.new_notebook()
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        notebook.metadata["title"] = title
        notebook.cells = [nbformat.v4.new_code_cell(code)]
        notebook.cells[0].id = f"{name}-app"  # stable ids keep the files identical between runs
        nbformat.write(notebook, NOTEBOOKS / f"{name}.ipynb")


if __name__ == "__main__":
    write_all()
