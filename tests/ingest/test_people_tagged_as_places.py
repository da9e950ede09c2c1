"""Unfamiliar names the tagger reads whole as a place or a building: the full name is still the person's when
its surname speaks alone elsewhere in the story (people.full_forms_of_lone_speakers)."""

from articles.ingest.people import find_people


def names(body: str) -> list[str]:
    return [person.name for person in find_people(body)]


def test_a_given_name_and_surname_after_a_role_and_a_comma_read_as_a_place():
    body = (
        "Parliament will debate the land bill this week.\n\n"
        "The Member of Parliament for Ntchisi South, Thokozani Mzumara, said he would propose an amendment on leases."
        '\n\n"A lease of that size changes a whole district," Mzumara said.'
    )
    assert names(body) == ["Thokozani Mzumara"]


def test_a_hyphenated_surname_after_a_role_word_read_whole_as_something_else():
    body = (
        "The diaspora vote bill passed on Thursday.\n\n"
        "In Minneapolis, home to a large Somali community, community organiser Nimco Yusuf-Abdi welcomed the vote "
        "but said many people would be disappointed.\n\n"
        '"People here have waited ten years," Yusuf-Abdi told the site.'
    )
    assert names(body) == ["Nimco Yusuf-Abdi"]
    # the surname speaking alone is the same person, whatever the tagger made of 'Yusuf-Abdi told'
    assert [m.text for m in find_people(body)[0].mentions] == ["Nimco Yusuf-Abdi", "Yusuf-Abdi"]


def test_a_place_named_after_a_speaker_stays_a_place():
    body = (
        "Traffic was diverted around Mzumara Road on Monday while crews repaired the bridge.\n\n"
        '"We hope to reopen it by Friday," Mzumara said, speaking for the roads authority.'
    )
    assert "Mzumara Road" not in names(body)
