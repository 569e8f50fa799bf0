"""Personal details are taken out of what families type, and ordinary words are left alone."""

import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from localoffer.privacy import (
    ADDRESS,
    DATE_OF_BIRTH,
    EMAIL,
    NAME,
    NATIONAL_INSURANCE,
    NHS_NUMBER,
    NUMBER,
    PHONE,
    POSTCODE,
    REFERENCE,
    SCHOOL,
    is_nhs_number,
    redact,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email me at jane.doe@example.com.", f"Email me at {EMAIL}."),
        ("JANE_DOE+send@mail.example.co.uk please", f"{EMAIL} please"),
        ("write to jane (at) example (dot) com", f"write to {EMAIL}"),
        ("jane[at]example[dot]org", EMAIL),
        ("Call 01632 960 123 after 3pm", f"Call {PHONE} after 3pm"),
        ("mobile 07700900123", f"mobile {PHONE}"),
        ("mobile 07700 900 123", f"mobile {PHONE}"),
        ("ring +44 7700 900123", f"ring {PHONE}"),
        ("ring +447700900123", f"ring {PHONE}"),
        ("ring 0044 7700 900123", f"ring {PHONE}"),
        ("London: +44 (0)20 7946 0018", f"London: {PHONE}"),
        ("office (01632) 960123", f"office {PHONE}"),
        ("020-7946-0018", PHONE),
        ("We live in SW1A 1AA now", f"We live in {POSTCODE} now"),
        ("postcode m1 1ae", f"postcode {POSTCODE}"),
        ("B33 8TH", POSTCODE),
        ("DN551PT", POSTCODE),
        ("NHS number 943 476 5919", f"NHS number {NHS_NUMBER}"),
        ("NHS no. 9434765919", f"NHS no. {NHS_NUMBER}"),
        ("NI number QQ 12 34 56 C", f"NI number {NATIONAL_INSURANCE}"),
        ("qq123456c", NATIONAL_INSURANCE),
        ("We are at 12 Acacia Avenue, Anyshire", f"We are at {ADDRESS}, Anyshire"),
        ("flat 4b Mill Lane", f"flat {ADDRESS}"),
        ("case reference 12345678", f"case reference {REFERENCE}"),
        ("account 12345678", f"account {NUMBER}"),
        ("email me: jane at example dot com", f"email me: {EMAIL}"),
        ("t.walker @ example.com", EMAIL),
        ("postcode AN1  4QT", f"postcode {POSTCODE}"),
        ("an3-9rb", POSTCODE),
        ("NI QQ-12-34-56-C", f"NI {NATIONAL_INSURANCE}"),
        ("He was born on 12/03/2015.", f"He was born on {DATE_OF_BIRTH}."),
        ("Date of birth: 3rd March 2016", f"Date of birth: {DATE_OF_BIRTH}"),
        ("DOB 2014-07-21", f"DOB {DATE_OF_BIRTH}"),
        ("Ref: EHC/2023/04512", f"Ref: {REFERENCE}"),
        ("letter LO-2024-000381", f"letter {REFERENCE}"),
        ("I live at 22 church lane", f"I live at {ADDRESS}"),
        ("He goes to Northbridge Primary School.", f"He goes to {SCHOOL}."),
        ("we moved from oakfield special school", f"we moved from {SCHOOL}"),
        ("My son Tom was refused", f"My son {NAME} was refused"),
        ("my daughter lily is 5", f"my daughter {NAME} is 5"),
        ("He is called Oliver.", f"He is called {NAME}."),
        ("I am Sarah Jones and", f"I am {NAME} and"),
        ("a daughter named Priya", f"a daughter named {NAME}"),
        ("card 4111 1111 1111 1111", f"card {NUMBER}"),
    ],
)
def test_personal_details_are_replaced(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "My son is 7 and in Year 3.",
        "The plan took 20 weeks, not 6.",
        "Page was good in 2024, 3 stars.",
        "Section 30 of the Children and Families Act 2014.",
        "The meeting is at 10:30 on 12/03/2025.",
        "CAMHS, SALT and OT all helped.",
        "Call the SENDIASS team.",
        "My son is 16 and wants to go to college.",
        "I am worried about the move to secondary.",
        "My daughter turned 10 in June.",
        "The short breaks budget is 1200 pounds a year.",
    ],
)
def test_ordinary_comments_are_left_alone(text):
    assert redact(text) == text


def test_ten_digits_that_fail_the_nhs_check_are_not_called_an_nhs_number():
    assert is_nhs_number("9434765919")
    assert not is_nhs_number("9434765918")
    assert NHS_NUMBER not in redact("reference 943 476 5918")


def test_several_details_in_one_comment_are_all_replaced():
    text = "Jo, jo@example.com, 07700 900123, B33 8TH, NHS 943 476 5919"
    assert redact(text) == f"Jo, {EMAIL}, {PHONE}, {POSTCODE}, NHS {NHS_NUMBER}"


emails = st.from_regex(r"[a-z][a-z0-9._]{0,10}@[a-z]{2,10}\.(com|org|co\.uk)", fullmatch=True)
mobiles = st.from_regex(r"07\d{3} ?\d{3} ?\d{3}", fullmatch=True)
postcodes = st.from_regex(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", fullmatch=True)
words = st.text(alphabet=string.ascii_letters + " ,.!?'", max_size=60)


@given(before=words, detail=st.one_of(emails, mobiles, postcodes), after=words)
@example(before="", detail="a.@aa.com", after="")  # a dot before the @, found on a CI run
def test_a_detail_anywhere_in_a_comment_is_removed(before, detail, after):
    redacted = redact(f"{before} {detail} {after}")
    assert detail not in redacted
    assert "removed]" in redacted


# Every kind of detail needs a digit or an "at": "@", "(at)" or "[at]".
@given(st.text(alphabet=string.ascii_letters + ".,;:!?'\"-&/ \n"))
def test_text_without_digits_or_at_signs_is_unchanged(text):
    assert redact(text) == text


@given(before=words, detail=st.one_of(emails, mobiles, postcodes), after=words)
def test_redacting_twice_changes_nothing_more(before, detail, after):
    once = redact(f"{before} {detail} {after}")
    assert redact(once) == once
