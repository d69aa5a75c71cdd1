# Voila configuration Oefenkit loads through --Voila.config_file_paths (see kit/serve.py).
# Unknown paths get the Dutch 404 page of the oefenkit template instead of tornado's English one.
from kit.notfound import NotFoundHandler

c = get_config()  # type: ignore[name-defined]  # noqa: F821
c.Voila.tornado_settings = {"default_handler_class": NotFoundHandler}
