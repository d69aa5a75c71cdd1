# Voila configuration Oefenkit loads through --Voila.config_file_paths (see kit/serve.py).
# Every error page is the oefenkit template's Dutch page with a link to the start page, instead of
# tornado's English one: unknown paths through the default handler, file and static handlers through
# tornado's default write_error (kit/notfound.py).
from kit.notfound import NotFoundHandler, install

install()
c = get_config()  # type: ignore[name-defined]  # noqa: F821
c.Voila.tornado_settings = {"default_handler_class": NotFoundHandler}
