"""Teacher and jobcoach laptops edit offline and sync with a real central process over
HTTP: they converge, and a resent bundle is acknowledged, never applied twice."""

from __future__ import annotations

from centralkit import Server
from sitekit import Site, note_rows, observation_ids, open_store, student

from jw_desktop.model import NoteCategory
from jw_desktop.sync import network


def test_two_laptops_converge_over_http(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    jerome = student(site.teacher, "Jerome")
    site.teacher.add_note(jerome, "Van de docent", NoteCategory.WORK)
    site.coach.add_note(student(site.coach, "Jerome"), "Van de jobcoach", NoteCategory.WORK)
    first = network.sync_with_server(site.teacher, server.url)
    assert not first.refused
    network.sync_with_server(site.coach, server.url)
    network.sync_with_server(site.teacher, server.url)
    server.stop()
    central = open_store(server.db)
    teacher_notes, coach_notes = note_rows(site.teacher), note_rows(site.coach)
    central_notes = note_rows(central)
    work = {k for k, v in central_notes.items() if v == NoteCategory.WORK.value}
    assert len(work) >= 2
    assert work <= set(teacher_notes) and work <= set(coach_notes)
    assert observation_ids(site.teacher) <= observation_ids(central)
    central.close()
