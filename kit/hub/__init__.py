"""Running the kit under JupyterHub: participants get a Voila-only server, the secrets stay in a service.

Imported by the Hub's configuration (`config`), by the single-user servers (`authorizer`) and by the
Hub's spawner (`spawner`); none of them imports the rest of the kit, so the Hub's Python needs only
JupyterHub and this folder.
"""
