"""One ipywidgets renderer per answer kind; each turns a question into widgets and back into a value.

Every renderer offers the same small surface: `widget`, `get()`, `set(value)` and `observe(callback)`.
The value has the shape documented in docs/answers-format.md, so the store and the scorer never see widgets.
Each kind has its own module; `kit.kinds` names them as `kit.ui.renderers:<Class>`.
"""

from kit.ui.renderers.base import Callback as Callback
from kit.ui.renderers.base import Renderer as Renderer
from kit.ui.renderers.choice import ChooseMany as ChooseMany
from kit.ui.renderers.choice import ChooseOne as ChooseOne
from kit.ui.renderers.choice import Ordinal as Ordinal
from kit.ui.renderers.choice import Timeline as Timeline
from kit.ui.renderers.classify import Classify as Classify
from kit.ui.renderers.free_text import FreeText as FreeText
from kit.ui.renderers.ranking import Ranking as Ranking
from kit.ui.renderers.records import Records as Records
