"""Take personal details out of what families type, before anything is stored.

Families are asked not to include personal details, but some will: a parent writes their email
address so that someone calls back, or a child's NHS number. Each kind of detail is replaced by
a placeholder that says what was there, so leads can still understand the comment. Names cannot
be found reliably by a pattern, which is why the form warns families not to type them.
"""

import re

import phonenumbers

EMAIL = "[email removed]"
PHONE = "[phone number removed]"
POSTCODE = "[postcode removed]"
NHS_NUMBER = "[NHS number removed]"
NATIONAL_INSURANCE = "[National Insurance number removed]"
ADDRESS = "[address removed]"
NUMBER = "[number removed]"
DATE_OF_BIRTH = "[date of birth removed]"
REFERENCE = "[reference removed]"
SCHOOL = "[school removed]"
NAME = "[name removed]"

# jane.doe@example.com; spaced (jane @ example.com) and spelt out: jane (at) example (dot) com,
# jane[at]example.com, "jane at example dot com". A bare "at" only counts before a domain.
_DOT = r"(?:\.|\s*[(\[]dot[)\]]\s*|\s+dot\s+)"
_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
# Dots doubled or before the @ are not allowed by the standard, but families still type them.
_LOCAL_PART = rf"{_ATOM}(?:{_DOT}+{_ATOM})*"
_DOMAIN = rf"[\w-]+(?:{_DOT}[\w-]+)+"
_EMAIL = re.compile(rf"{_LOCAL_PART}\.*\s*@\s*{_DOMAIN}", re.IGNORECASE)
# After the addresses with an @, so that "me at jane@example.com" is not read as "me at jane".
_SPELT_EMAIL = re.compile(rf"{_LOCAL_PART}(?:\s*[(\[]at[)\]]\s*|\s+at\s+){_DOMAIN}", re.IGNORECASE)
# Ten digits, written 943 476 5919, 943-476-5919 or 9434765919.
_TEN_DIGITS = re.compile(r"(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
# Two letters, six digits and A to D, with any spaces or dashes: QQ 12 34 56 C, qq-123456-c.
# Looser than HMRC's rules on purpose.
_SEP = r"[\s-]?"
_NATIONAL_INSURANCE = re.compile(
    rf"\b[A-Z]{_SEP}[A-Z](?:{_SEP}\d){{6}}{_SEP}[A-D]\b", re.IGNORECASE
)
# Outward and inward code with any spacing: SW1A 1AA, sw1a1aa, AN3 9 RB, b n 2 3 p x.
_POSTCODE = re.compile(
    rf"\b[A-Z](?:{_SEP}[A-Z])?{_SEP}\d(?:{_SEP}[A-Z\d])?[\s-]*\d{_SEP}[A-Z]{_SEP}[A-Z]\b",
    re.IGNORECASE,
)
# A UK phone number has ten or eleven digits; shorter "possible" numbers are years and prices.
_PHONE_MIN_DIGITS = 10
_STREET_WORDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Place|Gardens|Grove|"
    "Terrace|Walk|Hill|Square|Mews|Rise|View|Row|Green|Park"
)
_ADDRESS = re.compile(
    r"\b(?:flat\s+\d+\w?,?\s+(?:[a-z][\w'-]*\s+){0,2}(?:house|court|lodge|mansions)?,?\s*)?"
    rf"(?:number\s+)?\d{{1,4}}[A-Za-z]?,?\s+(?:[A-Za-z][\w'-]*\s+){{0,3}}(?:{_STREET_WORDS})\b\.?",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    r"(?:\d{1,4}[./\- ]\d{1,2}[./\- ]\d{2,4}"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}\.?(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{4}})"
)
# A date is only personal after words that say whose birth it is: meeting dates stay.
_DATE_OF_BIRTH = re.compile(
    r"(?P<cue>\b(?:born(?:\s+(?:on|in))?(?:\s+the)?|date\s+of\s+birth(?:\s+is)?|"
    r"d\.?o\.?b\.?(?:\s+is)?|birthday(?:\s+is)?)\s*[:\-\u2013]?\s*)"
    rf"(?P<detail>{_DATE})\b",
    re.IGNORECASE,
)
# Reference numbers: after a word that says so (case no. 45821, my ref is SB 40412, ticket
# #58302), or shaped like one anywhere (EHC/2023/04512, LO-2024-000381, AB123456).
_REFERENCE_AFTER_CUE = re.compile(
    r"(?P<cue>\b(?:ref(?:erence)?|case|claim|file|ticket|application)\.?"
    r"(?:\s+(?:no\.?|number|ref(?:erence)?))?(?:\s+is)?\s*[:#]?\s*)"
    r"(?P<detail>#?(?:[A-Z]{1,6}[\s/-]?)?[A-Z\d]*\d[\w/-]*)",
    re.IGNORECASE,
)
_REFERENCE_SHAPED = re.compile(r"\b(?:[A-Z]{2,6}[/-]\d[\d/-]*|[A-Z]{2,4}\d{5,})\b")
# Schools, colleges and nurseries by name: capitalised words before the kind of place, or any
# words after "at", "from", "to" or "attends" before it.
_SCHOOL_KIND = (
    r"(?:primary|secondary|infant|junior|high|special|grammar|nursery|academy|college|school|"
    r"pupil\s+referral\s+unit)"
)
_SCHOOL = re.compile(
    r"\b(?:(?:St|Saint)\.?\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|C|E|CE|RC|&|and)\s+)*){1,4}"
    r"(?:Primary|Secondary|Infant|Junior|High|Special|Grammar|Nursery|Academy|College|School|"
    r"Pupil\s+Referral\s+Unit)(?:\s+(?:School|Academy|Unit))*\b"
)
_SCHOOL_AFTER_CUE = re.compile(
    r"(?P<cue>\b(?:at|from|to|attends?|attended)\s+)"
    rf"(?P<detail>(?:(?!(?:at|from|to|the|a|an)\b)[\w'\u2019-]+\s+){{1,4}}?"
    rf"{_SCHOOL_KIND}(?:\s+(?:school|academy))?)\b",
    re.IGNORECASE,
)
# Names cannot be found reliably by a pattern, only after words that introduce one.
_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'-]+")
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
# Words that follow "my son" and the like when no name does.
_NOT_NAMES = frozenset(
    """a about after all also always am an and any are as at be because been before both but by
    can cannot can't could did didn't does doesn't done during each ever for from gets got had
    has hasn't have having he her here him his how i if in into is isn't it its just keeps last
    likes loves may me might more most much must my needs never next no nobody not now of often
    on once only or our out over really said says she should since so started starts still such
    than that the their them then there these they this those to too turned turns under until
    up uses very was wasn't we went were what when where which while who whose why will with
    would yet you your attends goes has""".split()  # noqa: SIM905  (words read better as words)
)
_KIN = (
    r"(?:son|daughter|child|kid|grandson|granddaughter|boy|girl|brother|sister|stepson|"
    r"stepdaughter|twins?)"
)
_NAME_AFTER_KIN = re.compile(
    rf"(?P<cue>\b(?:my|our)\s+{_KIN},?\s+)(?P<detail>[A-Za-z][a-z'-]+(?-i:\s+{_NAME_WORD})?)",
    re.IGNORECASE,
)
_NAME_AFTER_NAME_IS = re.compile(
    r"(?P<cue>\bname\s+is\s+)(?P<detail>[A-Za-z][a-z'-]+(?-i:\s+[A-Z][a-z'-]+)?)", re.IGNORECASE
)
_NAME_AFTER_CUE = re.compile(
    r"(?P<cue>\b(?:[Ii]\s+am|I'm|I\u2019m|called|named|[Mm]other\s+of|[Ff]ather\s+of|[Mm]um\s+of|"
    r"[Dd]ad\s+of|[Pp]hone|[Rr]ing|[Cc]all|[Cc]ontact|[Aa]sk\s+for|[Ss]peak\s+to)\s+)"
    rf"(?P<detail>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
)
_NAME_BEFORE_IS_MY_NAME = re.compile(rf"\b{_NAME_WORD}(?=\s+is\s+my\s+name\b)")
# Any other long number (a case reference, a card number, a bank account) may identify someone.
_LONG_NUMBER = re.compile(r"(?<!\d)\d(?:[ -]?\d){7,}(?!\d)")


def redact(text):
    """`text` with personal details replaced by placeholders like "[email removed]": emails,
    phone numbers, postcodes, NHS and National Insurance numbers, dates of birth, reference
    numbers, street addresses, schools, names after words that introduce one, long numbers."""
    text = _EMAIL.sub(EMAIL, text)
    text = _SPELT_EMAIL.sub(EMAIL, text)
    text = _DATE_OF_BIRTH.sub(_keeping_cue(DATE_OF_BIRTH), text)
    text = _TEN_DIGITS.sub(_nhs_number_or_unchanged, text)
    text = _NATIONAL_INSURANCE.sub(NATIONAL_INSURANCE, text)
    text = _REFERENCE_AFTER_CUE.sub(_keeping_cue(REFERENCE), text)
    text = _REFERENCE_SHAPED.sub(REFERENCE, text)
    text = _redact_phone_numbers(text)
    text = _SCHOOL.sub(SCHOOL, text)
    text = _SCHOOL_AFTER_CUE.sub(_keeping_cue(SCHOOL), text)
    text = _ADDRESS.sub(ADDRESS, text)
    text = _POSTCODE.sub(POSTCODE, text)
    text = _TITLED_NAME.sub(NAME, text)
    for names in (_NAME_AFTER_KIN, _NAME_AFTER_NAME_IS, _NAME_AFTER_CUE):
        text = names.sub(_name_or_unchanged, text)
    text = _NAME_BEFORE_IS_MY_NAME.sub(NAME, text)
    return _LONG_NUMBER.sub(NUMBER, text)


def _keeping_cue(placeholder):
    return lambda match: match["cue"] + placeholder


def _name_or_unchanged(match):
    first_word = match["detail"].split()[0]
    if first_word.lower() in _NOT_NAMES:
        return match.group()
    return match["cue"] + NAME


def _redact_phone_numbers(text):
    matches = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
    spans = [
        (match.start, match.end)
        for match in matches
        if sum(character.isdigit() for character in match.raw_string) >= _PHONE_MIN_DIGITS
    ]
    for start, end in reversed(spans):
        text = text[:start] + PHONE + text[end:]
    return text


def is_nhs_number(digits):
    """True if ten digits pass the NHS number check (modulus 11 on the first nine)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(
        int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True)
    )
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs_number_or_unchanged(match):
    digits = re.sub(r"\D", "", match.group())
    return NHS_NUMBER if is_nhs_number(digits) else match.group()
