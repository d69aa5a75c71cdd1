# jupyter_server configuration of a participant's single-user server under JupyterHub (`--config=` this file).
# Only the Voila extension runs; JupyterLab, the terminals and the language server are off, and the
# authorizer refuses every REST resource except the kernels Voila started (see kit/hub/authorizer.py).
c = get_config()  # type: ignore[name-defined]  # noqa: F821
c.ServerApp.jpserver_extensions = {
    "voila": True,
    "jupyterlab": False,
    "jupyter_lsp": False,
    "jupyter_server_terminals": False,
    "notebook_shim": False,
    "notebook": False,
    "nbclassic": False,
}
c.ServerApp.terminals_enabled = False
c.ServerApp.authorizer_class = "kit.hub.authorizer.VoilaOnlyAuthorizer"
c.ServerApp.default_url = "/voila/render/start.ipynb"
c.VoilaConfiguration.template = "oefenkit"  # found through JUPYTER_PATH, set by kit.hub.singleuser
c.VoilaConfiguration.show_tracebacks = False
c.VoilaExecutor.iopub_timeout = 60  # as kit.serving.voila_config.IOPUB_TIMEOUT: late output must not empty a page
c.VoilaConfiguration.file_allowlist = [r".*\.(png|svg)"]
c.VoilaConfiguration.file_denylist = [r".*\.(ipynb|py|yaml|yml|json|sqlite)"]
# Kernels of closed pages go (Voila 0.5 cannot shut them down on page close, voila-dashboards/voila#1458).
c.MappingKernelManager.cull_idle_timeout = 600
c.MappingKernelManager.cull_interval = 60
c.MappingKernelManager.cull_connected = False
c.MappingKernelManager.cull_busy = False
