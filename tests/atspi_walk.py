"""Run by tests/test_atspi.py with the system Python (/usr/bin/python3, which has the AT-SPI client library
through GObject introspection, package gir1.2-atspi-2.0; the project's venv has no PyGObject): a screen
reader's view of the running app, read from the accessibility bus the way Orca reads it.

It walks every step once, in order, pressing "Next step" through the AT-SPI Action interface (as a screen
reader user does), and prints one line ``RESULT <json>`` with what it found: unnamed controls, links, long
names, the Compare table through the Table interface, charts, "Show as table", the events a step change and a
quiz answer send. The assertions are in the test; this script only reads and reports.

Usage: atspi_walk.py MODE   (MODE: clinician or kiosk, only reported back)
"""
from __future__ import annotations

import json
import sys
import time

import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

warnings.simplefilter("ignore", DeprecationWarning)     # get_action_iface and friends: still what Orca uses

S = Atspi.StateType
# roles a user operates (or that hold controls): each needs a name a screen reader can say
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "entry", "password text",
    "spin button", "slider", "list", "list item", "table", "table cell", "link", "menu item", "check menu item",
    "radio menu item", "page tab", "scroll bar", "tree", "tree item", "image", "text", "dialog", "frame",
}
ROLE_NAMES = {}


def role(o) -> str:
    try:
        return o.get_role_name()
    except GLib.Error:
        return ""


def name(o) -> str:
    try:
        return o.get_name() or ""
    except GLib.Error:
        return ""


def states(o):
    try:
        return o.get_state_set()
    except GLib.Error:
        return Atspi.StateSet.new([])


def children(o):
    try:
        n = o.get_child_count()
    except GLib.Error:
        return []
    out = []
    for i in range(n):
        try:
            c = o.get_child_at_index(i)
        except GLib.Error:
            c = None
        if c is not None:
            out.append(c)
    return out


def showing_tree(o, depth=0):
    """``o`` and its descendants that are on screen (a screen reader skips the rest)."""
    if depth > 60:
        return
    yield o
    for c in children(o):
        if states(c).contains(S.SHOWING):
            yield from showing_tree(c, depth + 1)


class Events:
    def __init__(self):
        self.log: list[dict] = []
        self.listener = Atspi.EventListener.new(self._on)
        for t in ("object:state-changed:focused", "object:announcement", "object:property-change:accessible-name",
                  "object:live-region-changed", "object:state-changed:showing", "window:activate"):
            self.listener.register(t)

    def _on(self, ev):
        src = ev.source
        data = ev.any_data
        if isinstance(data, Atspi.Accessible):
            data = name(data)
        self.log.append({"type": ev.type, "detail1": ev.detail1, "role": role(src) if src else "",
                         "name": name(src) if src else "", "data": data if isinstance(data, (str, int)) else "",
                         "live": _attr(src, "live") if src else "", "t": time.monotonic()})

    def since(self, t0):
        return [e for e in self.log if e["t"] >= t0]


def _attr(o, key) -> str:
    try:
        return (o.get_attributes() or {}).get(key, "")
    except GLib.Error:
        return ""


def pump(seconds=0.3):
    ctx = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while ctx.iteration(False):
            pass
        time.sleep(0.005)


def until(cond, seconds=5.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.05)
        v = cond()
        if v:
            return v
    return None


def action(o, wanted=("Press", "press", "click", "Toggle", "toggle")) -> bool:
    try:
        a = o.get_action_iface()
    except GLib.Error:
        a = None
    if a is None:
        return False
    names = [a.get_action_name(i) for i in range(a.get_n_actions())]
    for w in wanted:
        if w in names:
            return a.do_action(names.index(w))
    return False


def set_focus(o) -> bool:
    try:
        a = o.get_action_iface()
        names = [a.get_action_name(i) for i in range(a.get_n_actions())] if a else []
        if "SetFocus" in names:
            return a.do_action(names.index("SetFocus"))
        comp = o.get_component_iface()
        return bool(comp and comp.grab_focus())
    except GLib.Error:
        return False


def find_app():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        a = desktop.get_child_at_index(i)
        if a is not None and any(role(f) == "frame" and states(f).contains(S.SHOWING) for f in children(a)):
            return a
    return None


def main_frame(app):
    frames = [f for f in children(app) if role(f) == "frame" and states(f).contains(S.SHOWING)]
    return frames[0] if frames else None


def table_report(t) -> dict:
    """What a screen reader gets from a table through the Table and TableCell interfaces."""
    out = {"role": role(t), "name": name(t)}
    try:
        ti = t.get_table_iface()
    except GLib.Error:
        ti = None
    out["has_table_interface"] = ti is not None
    if ti is None:
        return out
    try:
        rows, cols = ti.get_n_rows(), ti.get_n_columns()
        out["rows"], out["columns"] = rows, cols
        out["column_headers"] = [name(ti.get_column_header(c)) if ti.get_column_header(c) else ""
                                 for c in range(cols)]
        out["row_headers"] = [name(ti.get_row_header(r)) if ti.get_row_header(r) else "" for r in range(rows)]
        cells = []
        for r in range(rows):
            row = []
            for c in range(cols):
                cell = ti.get_accessible_at(r, c)
                entry = {"name": name(cell) if cell else None, "role": role(cell) if cell else ""}
                if cell is not None and "TableCell" in (cell.get_interfaces() or []):
                    try:
                        entry["column_header_cells"] = [name(h) for h in
                                                        (Atspi.TableCell.get_column_header_cells(cell) or [])]
                        entry["row_header_cells"] = [name(h) for h in
                                                     (Atspi.TableCell.get_row_header_cells(cell) or [])]
                        ok, pr, pc = Atspi.TableCell.get_position(cell)
                        entry["position"] = [pr, pc]
                    except (GLib.Error, TypeError, ValueError) as exc:
                        entry["cell_error"] = str(exc)
                if cell is not None and r == 0:
                    try:
                        ext = Atspi.Component.get_extents(cell, Atspi.CoordType.WINDOW)
                        entry["extents"] = [ext.x, ext.y, ext.width, ext.height]
                    except (GLib.Error, TypeError, AttributeError) as exc:
                        entry["extents_error"] = str(exc)
                row.append(entry)
            cells.append(row)
        out["cells"] = cells
    except GLib.Error as exc:
        out["error"] = str(exc)
    return out


def walk_step(frame) -> dict:
    nodes = list(showing_tree(frame))
    unnamed, links, long_names, images, toggles, tables, terms = [], [], [], [], [], [], []
    roles: dict[str, int] = {}
    for o in nodes:
        r, n, st = role(o), name(o), states(o)
        roles[r] = roles.get(r, 0) + 1
        focusable = st.contains(S.FOCUSABLE)
        if (r in CONTROL_ROLES or focusable) and not n.strip() and r not in ("menu bar",):
            unnamed.append(f"{r} (focusable={focusable})")
        if r == "link":
            links.append({"name": n, "focusable": focusable})
        if n.startswith("Explain "):
            terms.append({"name": n, "role": r})
        if len(n) >= 150:
            long_names.append(n)
        if r == "image" or "chart" in n.lower():
            try:
                desc = o.get_description() or ""
            except GLib.Error:
                desc = ""
            images.append({"role": r, "name": n, "description": desc})
        if "as table" in n.lower() or "as a table" in n.lower() or "as chart" in n.lower() \
                or "as a chart" in n.lower():
            toggles.append({"role": r, "name": n})
        if r == "table":
            tables.append(o)
    return {"nodes": len(nodes), "roles": roles, "unnamed": unnamed, "links": links, "long_names": long_names,
            "images": images, "toggles": toggles, "term_buttons": terms, "tables": [table_report(t) for t in tables]}


def find_in(frame, pred):
    for o in showing_tree(frame):
        if pred(o):
            return o
    return None


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "clinician"
    Atspi.init()
    res: dict = {"mode": mode, "steps": []}
    events = Events()
    app = until(find_app, 60)
    if app is None:
        print("RESULT " + json.dumps({"error": "no application with a showing frame on the bus"}), flush=True)
        return 1
    frame = main_frame(app)
    res["app"] = name(app)
    pump(0.5)

    def next_button():
        return find_in(frame, lambda o: role(o) == "push button" and name(o).lower().startswith("next")
                       and not name(o).lower().startswith("next question"))

    nb = until(next_button, 20)
    res["next_name"] = name(nb) if nb else None
    step = 0
    seen_titles = []
    while True:
        step += 1
        report = walk_step(frame)
        report["frame_name"] = name(frame)
        # ---- a glossary link: focusable, and focusing it sends a focus event with the link role
        links = [o for o in showing_tree(frame) if role(o) == "link"]
        if links and not res.get("link_focus_checked"):
            set_focus(next_button() or frame)
            pump(0.2)
            t0 = time.monotonic()
            set_focus(links[0])
            until(lambda: any(e["type"].endswith("focused") and e["detail1"] == 1 and e["role"] == "link"
                              for e in events.since(t0)), 3)
            res["link_focus_checked"] = True
            res["link_focus_events"] = [e for e in events.since(t0) if e["type"].endswith("focused")]
        # ---- quiz feedback: answer the first question and listen for what is said
        radios = [o for o in showing_tree(frame) if role(o) == "radio button"]
        quiz = find_in(frame, lambda o: "check your understanding" in name(o).lower() and role(o) == "label")
        if quiz is not None and radios and "quiz" not in res:
            target = next((o for o in radios if not name(o).lower().startswith("text size")), None)
            t0 = time.monotonic()
            if target is not None:
                set_focus(target)
                pump(0.2)
                action(target, ("Press", "Toggle", "press", "toggle", "click"))
            until(lambda: any(("right" in str(e["name"]).lower() + str(e["data"]).lower()
                               or "not quite" in str(e["name"]).lower() + str(e["data"]).lower())
                              and e["type"] != "object:state-changed:focused" for e in events.since(t0)), 4)
            res["quiz"] = {"answered": name(target) if target else None,
                           "events": [e for e in events.since(t0)
                                      if e["type"] in ("object:announcement", "object:live-region-changed",
                                                       "object:property-change:accessible-name")
                                      or e["live"] or e["role"] == "alert"]}
        # ---- "How sure do you feel?": answer No to all four, so the long note for a low score shows too
        noes = [o for o in radios if name(o).strip().endswith("No") and not states(o).contains(S.CHECKED)]
        sure = find_in(frame, lambda o: name(o) == "How sure do you feel?")
        if sure is not None and len(noes) >= 4 and "sure_answered" not in res:
            for o in noes:
                action(o, ("Press", "Toggle", "press", "toggle", "click"))
                pump(0.2)
            pump(0.5)
            again = walk_step(frame)
            res["sure_answered"] = [name(o) for o in noes]
            report["long_names"] += [n for n in again["long_names"] if n not in report["long_names"]]
            report["unnamed"] += again["unnamed"]
        # ---- "Show as table" under a chart: pressed, a real table appears (rows, columns, headers)
        show = find_in(frame, lambda o: role(o) in ("push button", "toggle button") and name(o) == "Show as table")
        if show is not None and "chart_table" not in res:
            before_tables = {name(o) for o in showing_tree(frame) if role(o) == "table"}
            action(show, ("Press", "press", "click"))
            pump(1.0)
            new = [o for o in showing_tree(frame) if role(o) == "table" and name(o) not in before_tables]
            res["chart_table"] = [table_report(t) for t in new[:1]]
            for t in res["chart_table"]:
                t.pop("cells", None)
            again = find_in(frame, lambda o: role(o) in ("push button", "toggle button")
                            and name(o).startswith("Show as"))
            if again is not None:
                res["chart_toggle_after"] = name(again)
                action(again, ("Press", "press", "click"))
                pump(0.5)
        # ---- the Compare table at 200 % text (the kiosk's size bar is on every step): stacked on screen, and
        # still the same table to a screen reader
        if report["tables"] and any("omparison" in t["name"] for t in report["tables"]):
            big = find_in(frame, lambda o: name(o) == "Text size 200 percent")
            report["size_button_role"] = role(big) if big is not None else None
            if big is not None:
                back = next((o for o in showing_tree(frame) if name(o).startswith("Text size ")
                             and states(o).contains(S.CHECKED)), None)
                action(big, ("Press", "press", "click"))
                pump(1.5)
                tables = [o for o in showing_tree(frame) if role(o) == "table" and "omparison" in name(o)]
                report["tables_200"] = [table_report(t) for t in tables]
                if back is not None:
                    action(back, ("Press", "press", "click"))
                    pump(1.0)
        res["steps"].append(report)
        nb = next_button()
        if nb is None or not states(nb).contains(S.ENABLED) or step > 30:
            break
        # ---- the step change: half the time with focus on Next (the step is announced), half from the page
        # (focus goes to the new step's heading)
        before = name(frame)
        on_next = step % 2 == 1
        if on_next:
            set_focus(nb)
        else:
            title = before.split(" — ")[0]
            heading = find_in(frame, lambda o: role(o) in ("label", "heading") and name(o) == title
                              and states(o).contains(S.FOCUSABLE))
            if heading is not None:
                set_focus(heading)
        pump(0.3)
        t0 = time.monotonic()
        action(nb, ("Press", "press", "click"))
        until(lambda: name(frame) != before, 10)
        pump(0.6)
        evs = events.since(t0)
        report["change"] = {"focus_on_next": on_next, "title_after": name(frame),
                            "events": [e for e in evs if e["type"] in ("object:announcement",)
                                       or (e["type"].endswith("focused") and e["detail1"] == 1)
                                       or (e["type"].endswith("accessible-name") and e["role"] == "frame")]}
        seen_titles.append(name(frame))
    res["titles"] = seen_titles
    print("RESULT " + json.dumps(res), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
