"""Reports and exports after a session: personal reports, the after-action report, CSV and Excel.

Every page is one self-contained, printable HTML document (inline CSS, nothing fetched), in Dutch,
with every participant and content text escaped.
"""

from kit.reports.after_action import after_action_html
from kit.reports.answers_view import answer_text
from kit.reports.export import export_frames, read_csv_bytes, read_excel_bytes, to_csv_bytes, to_excel_bytes
from kit.reports.figures import AfterActionNumbers, MissedItem, after_action_numbers
from kit.reports.personal import personal_report_html
from kit.reports.werkblad import werkblad_html

__all__ = [
    "AfterActionNumbers",
    "MissedItem",
    "after_action_html",
    "after_action_numbers",
    "answer_text",
    "export_frames",
    "personal_report_html",
    "read_csv_bytes",
    "read_excel_bytes",
    "to_csv_bytes",
    "to_excel_bytes",
    "werkblad_html",
]
