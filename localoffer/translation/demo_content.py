# Text in other languages: its Urdu full stops and Polish dashes are meant.
# ruff: noqa: RUF001
"""Demonstration translations of part of the demo site into Polish, Arabic and Urdu.

Written for this demo in short, plain sentences; no professional translator has checked them, and
each translated page says so (`DEMO_NOTE`, added after the string named by `note_after`). Each
string is (English, Polish, Arabic, Urdu), the English exactly as wagtail-localize splits the page:
title, summary, each paragraph or list item, each step's fields. Slugs stay in English, so a page's
address differs between languages only by its prefix (/pl/, /ar/, /ur/).

Names of services (SENDIASS, SENCO) and plans (EHC) stay in Latin letters, as families will meet
them in letters and meetings; each is explained the first time, as in English.
"""

LANGUAGES = ("pl", "ar", "ur")

DEMO_NOTE = (
    "This is a demonstration translation.",
    "To jest tłumaczenie demonstracyjne.",
    "هذه ترجمة للعرض التوضيحي.",
    "یہ ایک نمائشی ترجمہ ہے۔",
)

HOME_INTRO = (
    "Find out what help there is for children and young people aged 0 to 25 with special "
    "educational needs and disabilities (SEND), and how to get it."
)

# Parents before children: a page can only be translated once its parent has been.
PAGES = [
    {
        "path": "",  # the home page, which shows its introduction rather than its summary
        "note_after": HOME_INTRO,
        "strings": [
            (
                "Help for children and young people with SEND in Anyshire",
                "Pomoc dla dzieci i młodzieży z SEND w Anyshire",
                "مساعدة الأطفال والشباب ذوي الاحتياجات الخاصة (SEND) في أنيشاير",
                "اینی شائر میں SEND والے بچوں اور نوجوانوں کے لیے مدد",
            ),
            (
                "Support for children and young people with SEND in Anyshire, from birth to 25.",
                "Wsparcie dla dzieci i młodzieży z SEND w Anyshire, od urodzenia do 25. roku "
                "życia.",
                "دعم الأطفال والشباب ذوي الاحتياجات الخاصة (SEND) في أنيشاير، من الولادة حتى "
                "سن 25.",
                "اینی شائر میں SEND والے بچوں اور نوجوانوں کے لیے مدد، پیدائش سے 25 سال کی عمر تک۔",
            ),
            (
                HOME_INTRO,
                "Dowiedz się, jaka pomoc jest dostępna dla dzieci i młodzieży w wieku od 0 do 25 "
                "lat ze specjalnymi potrzebami edukacyjnymi i niepełnosprawnościami (SEND) i jak "
                "ją uzyskać.",
                "اعرف ما المساعدة المتاحة للأطفال والشباب من عمر 0 إلى 25 سنة من ذوي الاحتياجات "
                "التعليمية الخاصة والإعاقات (SEND)، وكيف تحصل عليها.",
                "جانیں کہ 0 سے 25 سال کے ان بچوں اور نوجوانوں کے لیے کیا مدد موجود ہے جن کی "
                "خصوصی تعلیمی ضروریات یا معذوری (SEND) ہے، اور یہ مدد کیسے حاصل کریں۔",
            ),
            # The three routes: for parents and carers, young people and professionals.
            (
                "Parents and carers",
                "Rodzice i opiekunowie",
                "الآباء ومقدمو الرعاية",
                "والدین اور نگہداشت کرنے والے",
            ),
            (
                "Help and advice if your child has special educational needs or a disability.",
                "Pomoc i porady, jeśli twoje dziecko ma specjalne potrzeby edukacyjne lub "
                "niepełnosprawność.",
                "مساعدة ونصائح إذا كان لدى طفلك احتياجات تعليمية خاصة أو إعاقة.",
                "مدد اور مشورہ، اگر آپ کے بچے کی خصوصی تعلیمی ضروریات ہیں یا کوئی معذوری ہے۔",
            ),
            ("Young people", "Młodzi ludzie", "الشباب", "نوجوان"),
            (
                "Information for you if you are 16 to 25 and have special educational needs or a "
                "disability.",
                "Informacje dla ciebie, jeśli masz od 16 do 25 lat i masz specjalne potrzeby "
                "edukacyjne lub niepełnosprawność.",
                "معلومات لك إذا كان عمرك من 16 إلى 25 سنة ولديك احتياجات تعليمية خاصة أو إعاقة.",
                "آپ کے لیے معلومات، اگر آپ کی عمر 16 سے 25 سال ہے اور آپ کی خصوصی تعلیمی ضروریات "
                "ہیں یا کوئی معذوری ہے۔",
            ),
            ("Professionals", "Specjaliści", "المختصون", "ماہرین"),
            (
                "Guidance for schools, settings, health and care staff working with children with "
                "SEND.",
                "Wskazówki dla szkół, placówek oraz pracowników ochrony zdrowia i opieki, którzy "
                "pracują z dziećmi z SEND.",
                "إرشادات للمدارس والمؤسسات التعليمية والعاملين في الصحة والرعاية الذين يعملون مع "
                "الأطفال ذوي الاحتياجات الخاصة (SEND).",
                "اسکولوں، اداروں اور صحت و نگہداشت کے ان کارکنوں کے لیے رہنمائی جو SEND والے بچوں "
                "کے ساتھ کام کرتے ہیں۔",
            ),
        ],
    },
    {
        "path": "step-by-step-guides",
        "note_after": "What happens next, who does it and how long it may take, one step at a "
        "time.",
        "strings": [
            (
                "Step-by-step guides",
                "Przewodniki krok po kroku",
                "أدلة خطوة بخطوة",
                "مرحلہ وار رہنمائی",
            ),
            (
                "What happens next, who does it and how long it may take, one step at a time.",
                "Co dzieje się dalej, kto to robi i ile to może potrwać – krok po kroku.",
                "ماذا يحدث بعد ذلك، ومن يقوم به، وكم قد يستغرق من الوقت، خطوة بخطوة.",
                "آگے کیا ہوتا ہے، کون کرتا ہے اور اس میں کتنا وقت لگ سکتا ہے، ایک ایک قدم کر کے۔",
            ),
            (
                "Each guide shows the steps in order. Open a step to see who does it and how "
                "long it may take. Some steps have time limits set by law.",
                "Każdy przewodnik pokazuje kroki po kolei. Otwórz krok, aby zobaczyć, kto go "
                "wykonuje i ile może potrwać. Niektóre kroki mają terminy ustalone przez prawo.",
                "يعرض كل دليل الخطوات بالترتيب. افتح أي خطوة لترى من يقوم بها وكم قد تستغرق. "
                "لبعض الخطوات مهل زمنية يحددها القانون.",
                "ہر رہنمائی میں مراحل ترتیب سے دکھائے گئے ہیں۔ کوئی مرحلہ کھولیں تاکہ دیکھ سکیں کہ "
                "اسے کون کرتا ہے اور اس میں کتنا وقت لگ سکتا ہے۔ کچھ مراحل کی مدت قانون نے طے کی "
                "ہے۔",
            ),
        ],
    },
    {
        "path": "step-by-step-guides/asking-for-an-ehc-needs-assessment",
        "note_after": "How to ask the council to assess your child's needs, and what happens next.",
        "strings": [
            (
                "Asking for an EHC needs assessment",
                "Jak poprosić o ocenę potrzeb EHC",
                "طلب تقييم احتياجات EHC",
                "EHC ضروریات کے جائزے کی درخواست کرنا",
            ),
            (
                "How to ask the council to assess your child's needs, and what happens next.",
                "Jak poprosić radę o ocenę potrzeb dziecka i co dzieje się dalej.",
                "كيف تطلب من المجلس تقييم احتياجات طفلك، وماذا يحدث بعد ذلك.",
                "کونسل سے اپنے بچے کی ضروریات کا جائزہ لینے کی درخواست کیسے کریں، اور اس کے بعد "
                "کیا ہوتا ہے۔",
            ),
            (
                "An education, health and care (EHC) needs assessment is how the council finds "
                "out what help your child needs, and whether they need an EHC plan. You can ask "
                "for one yourself. You do not need a diagnosis or a report from a professional.",
                "Ocena potrzeb w zakresie edukacji, zdrowia i opieki (EHC) to sposób, w jaki rada "
                "sprawdza, jakiej pomocy potrzebuje twoje dziecko i czy potrzebuje planu EHC. "
                "Możesz sam poprosić o taką ocenę. Nie potrzebujesz diagnozy ani opinii "
                "specjalisty.",
                "تقييم احتياجات التعليم والصحة والرعاية (EHC) هو الطريقة التي يعرف بها المجلس ما "
                "المساعدة التي يحتاجها طفلك، وهل يحتاج إلى خطة EHC. يمكنك أن تطلبه بنفسك. لا "
                "تحتاج إلى تشخيص أو تقرير من مختص.",
                "تعلیم، صحت اور نگہداشت (EHC) کی ضروریات کا جائزہ وہ طریقہ ہے جس سے کونسل معلوم "
                "کرتی ہے کہ آپ کے بچے کو کیا مدد چاہیے، اور کیا اسے EHC پلان کی ضرورت ہے۔ آپ خود "
                "اس کی درخواست کر سکتے ہیں۔ آپ کو کسی تشخیص یا ماہر کی رپورٹ کی ضرورت نہیں۔",
            ),
            (
                "Talk to your child's school or nursery",
                "Porozmawiaj ze szkołą lub przedszkolem dziecka",
                "تحدث مع مدرسة طفلك أو حضانته",
                "اپنے بچے کے اسکول یا نرسری سے بات کریں",
            ),
            (
                "Most children get help through SEN support first. Ask to meet the SENCO: the "
                "special educational needs co-ordinator. Ask what help your child gets now, and "
                "what difference it makes.",
                "Większość dzieci najpierw dostaje pomoc w ramach wsparcia SEN w szkole. Poproś "
                "o spotkanie z SENCO, czyli koordynatorem do spraw specjalnych potrzeb "
                "edukacyjnych. Zapytaj, jaką pomoc dziecko dostaje teraz i co ona zmienia.",
                "يحصل معظم الأطفال على المساعدة أولاً من خلال دعم SEN في المدرسة. اطلب مقابلة "
                "SENCO، وهو منسق الاحتياجات التعليمية الخاصة. اسأل عن المساعدة التي يحصل عليها "
                "طفلك الآن، وما الفرق الذي تحدثه.",
                "زیادہ تر بچوں کو پہلے اسکول میں SEN سپورٹ کے ذریعے مدد ملتی ہے۔ SENCO سے ملنے "
                "کو کہیں، یعنی خصوصی تعلیمی ضروریات کے کوآرڈینیٹر سے۔ پوچھیں کہ آپ کے بچے کو ابھی "
                "کیا مدد مل رہی ہے اور اس سے کیا فرق پڑ رہا ہے۔",
            ),
            (
                "You and your child's school",
                "Ty i szkoła dziecka",
                "أنت ومدرسة طفلك",
                "آپ اور آپ کے بچے کا اسکول",
            ),
            (
                "You can ask for a meeting at any time",
                "Możesz poprosić o spotkanie w każdej chwili",
                "يمكنك طلب اجتماع في أي وقت",
                "آپ کسی بھی وقت ملاقات کی درخواست کر سکتے ہیں",
            ),
            (
                "Get free advice if you would like it",
                "Skorzystaj z bezpłatnej porady, jeśli chcesz",
                "احصل على نصيحة مجانية إن أردت",
                "اگر آپ چاہیں تو مفت مشورہ لیں",
            ),
            (
                "SENDIASS (the SEND information, advice and support service) can explain each "
                "step, help you write your request and come to meetings with you. It is free and "
                "does not take sides.",
                "SENDIASS (służba informacji, porad i wsparcia w sprawach SEND) może wyjaśnić "
                "każdy krok, pomóc napisać wniosek i przyjść z tobą na spotkania. Jest bezpłatna "
                "i nie staje po niczyjej stronie.",
                "يمكن لخدمة SENDIASS (خدمة المعلومات والمشورة والدعم الخاصة بـ SEND) أن تشرح لك "
                "كل خطوة، وتساعدك في كتابة طلبك، وتحضر الاجتماعات معك. الخدمة مجانية ولا تنحاز "
                "لأي طرف.",
                "SENDIASS (SEND کے بارے میں معلومات، مشورے اور مدد کی سروس) ہر مرحلہ سمجھا سکتی "
                "ہے، آپ کی درخواست لکھنے میں مدد کر سکتی ہے اور آپ کے ساتھ ملاقاتوں میں آ سکتی "
                "ہے۔ یہ مفت ہے اور کسی کی طرف داری نہیں کرتی۔",
            ),
            (
                "Anyshire SENDIASS",
                "SENDIASS Anyshire",
                "SENDIASS في أنيشاير",
                "اینی شائر SENDIASS",
            ),
            (
                "Send your request to the council",
                "Wyślij wniosek do rady",
                "أرسل طلبك إلى المجلس",
                "اپنی درخواست کونسل کو بھیجیں",
            ),
            (
                "Write to the Anyshire SEND team. Say why you think your child needs an "
                "assessment, and send any reports you already have.",
                "Napisz do zespołu SEND w Anyshire. Wyjaśnij, dlaczego uważasz, że dziecko "
                "potrzebuje oceny, i dołącz raporty, które już masz.",
                "اكتب إلى فريق SEND في أنيشاير. قل لماذا تعتقد أن طفلك يحتاج إلى تقييم، وأرسل أي "
                "تقارير لديك.",
                "اینی شائر کی SEND ٹیم کو لکھیں۔ بتائیں کہ آپ کے خیال میں آپ کے بچے کو جائزے کی "
                "ضرورت کیوں ہے، اور جو رپورٹیں آپ کے پاس پہلے سے ہیں وہ بھیج دیں۔",
            ),
            (
                "Keep a copy, and note the date you sent it: the time limits start then.",
                "Zachowaj kopię i zapisz datę wysłania: od tego dnia liczą się terminy.",
                "احتفظ بنسخة، وسجّل تاريخ إرسالها: تبدأ المهل الزمنية من ذلك اليوم.",
                "ایک کاپی رکھیں اور بھیجنے کی تاریخ لکھ لیں: وقت کی حدیں اسی دن سے شروع ہوتی ہیں۔",
            ),
            ("You", "Ty", "أنت", "آپ"),
            (
                "Ask the school to send the request",
                "Poproś szkołę o wysłanie wniosku",
                "اطلب من المدرسة إرسال الطلب",
                "اسکول سے درخواست بھیجنے کو کہیں",
            ),
            (
                "Your child's school or nursery can send the request instead. Ask them to tell "
                "you when they send it, and to give you a copy.",
                "Zamiast ciebie wniosek może wysłać szkoła lub przedszkole dziecka. Poproś, aby "
                "powiadomili cię o wysłaniu i dali ci kopię.",
                "يمكن لمدرسة طفلك أو حضانته إرسال الطلب بدلاً منك. اطلب منهم أن يخبروك عندما "
                "يرسلونه، وأن يعطوك نسخة منه.",
                "آپ کی جگہ آپ کے بچے کا اسکول یا نرسری بھی درخواست بھیج سکتے ہیں۔ ان سے کہیں کہ "
                "بھیجتے وقت آپ کو بتائیں اور آپ کو اس کی ایک کاپی دیں۔",
            ),
            (
                "Your child's school",
                "Szkoła dziecka",
                "مدرسة طفلك",
                "آپ کے بچے کا اسکول",
            ),
            (
                "The council decides whether to assess",
                "Rada decyduje, czy przeprowadzić ocenę",
                "المجلس يقرر ما إذا كان سيجري التقييم",
                "کونسل فیصلہ کرتی ہے کہ جائزہ لیا جائے یا نہیں",
            ),
            (
                "The council reads your request and asks the school what it has tried. It then "
                "writes to tell you whether it will assess your child, and why.",
                "Rada czyta twój wniosek i pyta szkołę, co już próbowała. Potem pisze do ciebie, "
                "czy oceni dziecko i dlaczego.",
                "يقرأ المجلس طلبك ويسأل المدرسة عما جربته. ثم يكتب إليك ليخبرك هل سيقيّم طفلك، "
                "ولماذا.",
                "کونسل آپ کی درخواست پڑھتی ہے اور اسکول سے پوچھتی ہے کہ اس نے کیا کچھ آزمایا ہے۔ "
                "پھر وہ آپ کو لکھ کر بتاتی ہے کہ آیا وہ آپ کے بچے کا جائزہ لے گی، اور کیوں۔",
            ),
            (
                "The council's SEND team",
                "Zespół SEND rady",
                "فريق SEND في المجلس",
                "کونسل کی SEND ٹیم",
            ),
            (
                "The council must tell you within 6 weeks of getting your request",
                "Rada musi odpowiedzieć w ciągu 6 tygodni od otrzymania wniosku",
                "يجب أن يخبرك المجلس خلال 6 أسابيع من استلام طلبك",
                "کونسل کو آپ کی درخواست ملنے کے 6 ہفتوں کے اندر آپ کو بتانا ہوگا",
            ),
            (
                "Professionals give their advice",
                "Specjaliści przekazują swoje opinie",
                "يقدّم المختصون مشورتهم",
                "ماہرین اپنا مشورہ دیتے ہیں",
            ),
            (
                "If the council agrees to assess, it asks people who know your child for advice. "
                "This can include teachers, an educational psychologist (EP), health workers and "
                "social care.",
                "Jeśli rada zgodzi się na ocenę, prosi o opinie osoby, które znają twoje dziecko. "
                "Mogą to być nauczyciele, psycholog edukacyjny (EP), pracownicy służby zdrowia i "
                "opieki społecznej.",
                "إذا وافق المجلس على التقييم، فإنه يطلب المشورة من أشخاص يعرفون طفلك. قد يشمل "
                "ذلك المعلمين، والأخصائي النفسي التربوي (EP)، والعاملين في الصحة والرعاية "
                "الاجتماعية.",
                "اگر کونسل جائزہ لینے پر راضی ہو جائے تو وہ ان لوگوں سے مشورہ مانگتی ہے جو آپ کے "
                "بچے کو جانتے ہیں۔ ان میں اساتذہ، تعلیمی ماہرِ نفسیات (EP)، صحت کے کارکن اور "
                "سماجی نگہداشت شامل ہو سکتے ہیں۔",
            ),
            (
                "Professionals who work with your child",
                "Specjaliści pracujący z dzieckiem",
                "المختصون الذين يعملون مع طفلك",
                "آپ کے بچے کے ساتھ کام کرنے والے ماہرین",
            ),
            (
                "Professionals must send their advice within 6 weeks of being asked",
                "Specjaliści muszą przesłać opinie w ciągu 6 tygodni od prośby",
                "يجب أن يرسل المختصون مشورتهم خلال 6 أسابيع من طلبها",
                "ماہرین کو درخواست کے 6 ہفتوں کے اندر اپنا مشورہ بھیجنا ہوگا",
            ),
            (
                "Tell the council what you and your child think",
                "Powiedz radzie, co myślisz ty i twoje dziecko",
                "أخبر المجلس برأيك ورأي طفلك",
                "کونسل کو بتائیں کہ آپ اور آپ کا بچہ کیا سوچتے ہیں",
            ),
            (
                "Say what your child is good at, what they find hard, and what you hope for. "
                "Your child can share their views in words, pictures or with help from someone "
                "they trust.",
                "Powiedz, w czym dziecko jest dobre, co sprawia mu trudność i na co liczysz. "
                "Dziecko może przekazać swoje zdanie słowami, rysunkami lub z pomocą zaufanej "
                "osoby.",
                "قل ما الذي يجيده طفلك، وما الذي يجده صعباً، وما الذي تأمله. يمكن لطفلك أن يعبّر "
                "عن رأيه بالكلمات أو بالصور أو بمساعدة شخص يثق به.",
                "بتائیں کہ آپ کا بچہ کس چیز میں اچھا ہے، اسے کیا مشکل لگتا ہے، اور آپ کیا امید "
                "رکھتے ہیں۔ آپ کا بچہ اپنی رائے الفاظ میں، تصویروں سے یا کسی قابلِ اعتماد شخص کی "
                "مدد سے بتا سکتا ہے۔",
            ),
            (
                "You and your child",
                "Ty i twoje dziecko",
                "أنت وطفلك",
                "آپ اور آپ کا بچہ",
            ),
            (
                "The council decides whether to write a plan",
                "Rada decyduje, czy sporządzić plan",
                "المجلس يقرر ما إذا كان سيكتب خطة",
                "کونسل فیصلہ کرتی ہے کہ پلان لکھا جائے یا نہیں",
            ),
            (
                "The council reads all the advice. It decides whether your child needs an EHC "
                "plan, or whether their school can meet their needs with SEN support.",
                "Rada czyta wszystkie opinie. Decyduje, czy dziecko potrzebuje planu EHC, czy "
                "szkoła może zaspokoić jego potrzeby w ramach wsparcia SEN.",
                "يقرأ المجلس كل المشورات. ثم يقرر هل يحتاج طفلك إلى خطة EHC، أم تستطيع مدرسته "
                "تلبية احتياجاته من خلال دعم SEN.",
                "کونسل سارے مشورے پڑھتی ہے۔ وہ فیصلہ کرتی ہے کہ آیا آپ کے بچے کو EHC پلان کی "
                "ضرورت ہے، یا اس کا اسکول SEN سپورٹ کے ذریعے اس کی ضروریات پوری کر سکتا ہے۔",
            ),
            (
                "Usually by week 16 after your request",
                "Zwykle do 16. tygodnia od wniosku",
                "عادةً بحلول الأسبوع 16 بعد طلبك",
                "عام طور پر آپ کی درخواست کے 16ویں ہفتے تک",
            ),
            (
                "Check the draft plan",
                "Sprawdź projekt planu",
                "راجع مسودة الخطة",
                "پلان کا مسودہ دیکھیں",
            ),
            (
                "If the council will write a plan, it sends you a draft first. You can ask for "
                "changes and say which school or college you would like it to name.",
                "Jeśli rada sporządzi plan, najpierw wysyła ci projekt. Możesz poprosić o zmiany "
                "i wskazać szkołę lub college, które mają być w nim wpisane.",
                "إذا كان المجلس سيكتب خطة، فإنه يرسل إليك مسودة أولاً. يمكنك طلب تغييرات، وذكر "
                "المدرسة أو الكلية التي تريد أن تُذكر فيها.",
                "اگر کونسل پلان لکھے گی تو پہلے آپ کو اس کا مسودہ بھیجے گی۔ آپ تبدیلیاں مانگ سکتے "
                "ہیں اور بتا سکتے ہیں کہ آپ اس میں کس اسکول یا کالج کا نام چاہتے ہیں۔",
            ),
            (
                "You have at least 15 days to reply to the draft",
                "Masz co najmniej 15 dni na odpowiedź",
                "لديك 15 يوماً على الأقل للرد على المسودة",
                "مسودے کا جواب دینے کے لیے آپ کے پاس کم از کم 15 دن ہیں",
            ),
            (
                "The council sends the final plan",
                "Rada wysyła ostateczny plan",
                "يرسل المجلس الخطة النهائية",
                "کونسل حتمی پلان بھیجتی ہے",
            ),
            (
                "The final plan says what help your child must get and who will give it. It is "
                "checked at least once a year at an annual review.",
                "Ostateczny plan mówi, jaką pomoc dziecko musi otrzymać i kto jej udzieli. Plan "
                "jest sprawdzany co najmniej raz w roku podczas przeglądu rocznego.",
                "تحدد الخطة النهائية المساعدة التي يجب أن يحصل عليها طفلك ومن سيقدمها. وتُراجع "
                "مرة واحدة في السنة على الأقل في المراجعة السنوية.",
                "حتمی پلان بتاتا ہے کہ آپ کے بچے کو کیا مدد لازماً ملنی چاہیے اور کون دے گا۔ سال "
                "میں کم از کم ایک بار سالانہ جائزے میں اسے دیکھا جاتا ہے۔",
            ),
            (
                "The whole process must take no more than 20 weeks from your request",
                "Cały proces musi trwać nie dłużej niż 20 tygodni od wniosku",
                "يجب ألا تستغرق العملية كلها أكثر من 20 أسبوعاً من تاريخ طلبك",
                "پورا عمل آپ کی درخواست سے 20 ہفتوں سے زیادہ نہیں لینا چاہیے",
            ),
            (
                "If you disagree with a decision",
                "Jeśli nie zgadzasz się z decyzją",
                "إذا لم توافق على قرار",
                "اگر آپ کسی فیصلے سے متفق نہیں",
            ),
            (
                "You can ask the council to explain and look again. Before you can appeal to the "
                "tribunal, you must think about mediation first.",
                "Możesz poprosić radę o wyjaśnienie i ponowne rozpatrzenie sprawy. Zanim "
                "odwołasz się do trybunału, musisz najpierw rozważyć mediację.",
                "يمكنك أن تطلب من المجلس أن يشرح قراره وأن يعيد النظر فيه. قبل أن تستأنف أمام "
                "المحكمة، يجب أن تفكر في الوساطة أولاً.",
                "آپ کونسل سے وضاحت کرنے اور دوبارہ غور کرنے کو کہہ سکتے ہیں۔ ٹریبونل میں اپیل کرنے "
                "سے پہلے آپ کو ثالثی پر غور کرنا ہوگا۔",
            ),
            (
                "You, with help from SENDIASS if you want it",
                "Ty, z pomocą SENDIASS, jeśli chcesz",
                "أنت، بمساعدة SENDIASS إن أردت",
                "آپ، اگر چاہیں تو SENDIASS کی مدد سے",
            ),
        ],
    },
    {
        "path": "ordinarily-available-provision",
        "note_after": "The help every nursery, school and college in Anyshire should give, "
        "without an EHC plan.",
        "strings": [
            (
                "What every school and setting should provide",
                "Co powinna zapewnić każda szkoła i placówka",
                "ما يجب أن تقدمه كل مدرسة ومؤسسة تعليمية",
                "ہر اسکول اور ادارے کو کیا فراہم کرنا چاہیے",
            ),
            (
                "The help every nursery, school and college in Anyshire should give, without an "
                "EHC plan.",
                "Pomoc, której każde przedszkole, szkoła i college w Anyshire powinny udzielać "
                "bez planu EHC.",
                "المساعدة التي يجب أن تقدمها كل حضانة ومدرسة وكلية في أنيشاير، دون خطة EHC.",
                "وہ مدد جو اینی شائر کی ہر نرسری، اسکول اور کالج کو EHC پلان کے بغیر دینی چاہیے۔",
            ),
            (
                "This is called ordinarily available provision. It is the help that every "
                "nursery, school and college in Anyshire should give to children and young "
                "people with special educational needs, without an education, health and care "
                "(EHC) plan.",
                "Nazywa się to powszechnie dostępnym wsparciem (ordinarily available provision). "
                "To pomoc, której każde przedszkole, szkoła i college w Anyshire powinny udzielać "
                "dzieciom i młodzieży ze specjalnymi potrzebami edukacyjnymi bez planu edukacji, "
                "zdrowia i opieki (EHC).",
                "يُسمّى هذا الدعم المتاح عادةً (ordinarily available provision). وهو المساعدة التي "
                "يجب أن تقدمها كل حضانة ومدرسة وكلية في أنيشاير للأطفال والشباب من ذوي "
                "الاحتياجات التعليمية الخاصة، دون خطة للتعليم والصحة والرعاية (EHC).",
                "اسے عام طور پر دستیاب مدد (ordinarily available provision) کہتے ہیں۔ یہ وہ مدد ہے "
                "جو اینی شائر کی ہر نرسری، اسکول اور کالج کو خصوصی تعلیمی ضروریات والے بچوں اور "
                "نوجوانوں کو تعلیم، صحت اور نگہداشت (EHC) پلان کے بغیر دینی چاہیے۔",
            ),
            (
                "Choose an area of need and a phase of education to see what you might notice, "
                "what the setting should do, and who can help next.",
                "Wybierz obszar potrzeb i etap edukacji, aby zobaczyć, co możesz zauważyć, co "
                "powinna zrobić placówka i kto może pomóc dalej.",
                "اختر مجال الاحتياج والمرحلة التعليمية لترى ما قد تلاحظه، وما يجب أن تفعله "
                "المؤسسة، ومن يمكنه المساعدة بعد ذلك.",
                "ضرورت کا شعبہ اور تعلیم کا مرحلہ منتخب کریں تاکہ دیکھ سکیں کہ آپ کیا محسوس کر "
                "سکتے ہیں، ادارے کو کیا کرنا چاہیے، اور آگے کون مدد کر سکتا ہے۔",
            ),
        ],
    },
    {
        "path": "ordinarily-available-provision/communication-and-interaction",
        "note_after": "Help with talking, listening, understanding and getting on with others.",
        "strings": [
            (
                "Communication and interaction",
                "Komunikacja i interakcje",
                "التواصل والتفاعل",
                "ابلاغ اور میل جول",
            ),
            (
                "Help with talking, listening, understanding and getting on with others.",
                "Pomoc w mówieniu, słuchaniu, rozumieniu i dogadywaniu się z innymi.",
                "المساعدة في الكلام والاستماع والفهم والتعامل مع الآخرين.",
                "بولنے، سننے، سمجھنے اور دوسروں کے ساتھ گھلنے ملنے میں مدد۔",
            ),
            (
                "Some children and young people find it hard to talk, to understand what others "
                "say, or to get on with other people. Some are autistic. This is what every "
                "setting should do to help.",
                "Niektórym dzieciom i młodym ludziom trudno jest mówić, rozumieć, co mówią inni, "
                "lub dogadywać się z innymi. Niektóre są w spektrum autyzmu. Oto, co każda "
                "placówka powinna zrobić, aby pomóc.",
                "يجد بعض الأطفال والشباب صعوبة في الكلام، أو في فهم ما يقوله الآخرون، أو في "
                "التعامل مع الناس. وبعضهم مصابون بالتوحد. هذا ما يجب أن تفعله كل مؤسسة تعليمية "
                "للمساعدة.",
                "کچھ بچوں اور نوجوانوں کو بولنے، دوسروں کی بات سمجھنے یا لوگوں کے ساتھ گھلنے ملنے "
                "میں مشکل ہوتی ہے۔ کچھ آٹزم کا شکار ہوتے ہیں۔ مدد کے لیے ہر ادارے کو یہ کرنا "
                "چاہیے۔",
            ),
            # Early years
            (
                "Talking and listening",
                "Mówienie i słuchanie",
                "الكلام والاستماع",
                "بولنا اور سننا",
            ),
            (
                "uses fewer words than other children of the same age",
                "używa mniej słów niż inne dzieci w tym samym wieku",
                "يستخدم كلمات أقل من الأطفال الآخرين في عمره",
                "اپنی عمر کے دوسرے بچوں سے کم الفاظ استعمال کرتا ہے",
            ),
            (
                "finds it hard to take turns in play",
                "ma trudność z czekaniem na swoją kolej w zabawie",
                "يجد صعوبة في انتظار دوره أثناء اللعب",
                "کھیل میں اپنی باری کا انتظار کرنا مشکل لگتا ہے",
            ),
            (
                "gets very upset when the routine changes",
                "bardzo się denerwuje, gdy zmienia się plan dnia",
                "ينزعج كثيراً عندما يتغير الروتين",
                "معمول بدلنے پر بہت پریشان ہو جاتا ہے",
            ),
            (
                "adults use simple words, and show pictures or objects as they talk",
                "dorośli używają prostych słów i pokazują obrazki lub przedmioty, gdy mówią",
                "يستخدم الكبار كلمات بسيطة، ويعرضون صوراً أو أشياء أثناء الكلام",
                "بڑے آسان الفاظ استعمال کرتے ہیں اور بات کرتے ہوئے تصویریں یا چیزیں دکھاتے ہیں",
            ),
            (
                "a picture timetable shows what happens next in the day",
                "plan dnia w obrazkach pokazuje, co będzie dalej",
                "جدول مصوّر يبيّن ما سيحدث بعد ذلك خلال اليوم",
                "تصویری ٹائم ٹیبل دکھاتا ہے کہ دن میں آگے کیا ہوگا",
            ),
            (
                "short group times for talking and listening games",
                "krótkie zajęcia w grupie z grami w mówienie i słuchanie",
                "أوقات قصيرة في مجموعات لألعاب الكلام والاستماع",
                "بولنے اور سننے کے کھیلوں کے لیے مختصر گروپ وقت",
            ),
            (
                "staff tell you what is working, so you can try it at home",
                "personel mówi, co działa, żeby można było spróbować tego w domu",
                "يخبرك العاملون بما ينجح، لتجربه في البيت",
                "عملہ آپ کو بتاتا ہے کہ کیا کام کر رہا ہے تاکہ آپ گھر پر بھی آزما سکیں",
            ),
            (
                "The setting's SENCO (special educational needs co-ordinator), your health "
                "visitor, or the early years speech and language therapy (SALT) team.",
                "SENCO placówki (koordynator do spraw specjalnych potrzeb edukacyjnych), "
                "pielęgniarka środowiskowa lub zespół terapii mowy i języka (SALT) dla małych "
                "dzieci.",
                "منسق الاحتياجات التعليمية الخاصة (SENCO) في المؤسسة، أو الزائرة الصحية، أو فريق "
                "علاج النطق واللغة (SALT) للسنوات المبكرة.",
                "ادارے کا SENCO (خصوصی تعلیمی ضروریات کا کوآرڈینیٹر)، آپ کا ہیلتھ وزیٹر، یا "
                "ابتدائی عمر کے بچوں کی اسپیچ اینڈ لینگویج تھراپی (SALT) ٹیم۔",
            ),
            # Primary
            (
                "Understanding and using language",
                "Rozumienie i używanie języka",
                "فهم اللغة واستخدامها",
                "زبان سمجھنا اور استعمال کرنا",
            ),
            (
                "finds it hard to follow instructions with more than one step",
                "ma trudność z wykonywaniem poleceń złożonych z więcej niż jednego kroku",
                "يجد صعوبة في اتباع التعليمات التي فيها أكثر من خطوة",
                "ایک سے زیادہ مرحلوں والی ہدایات پر عمل کرنا مشکل لگتا ہے",
            ),
            (
                "struggles to explain what happened",
                "ma trudność z wyjaśnieniem, co się stało",
                "يصعب عليه شرح ما حدث",
                "یہ بتانے میں مشکل ہوتی ہے کہ کیا ہوا",
            ),
            (
                "plays alone a lot, or finds friendships hard",
                "często bawi się samo albo ma trudności z przyjaźniami",
                "يلعب وحده كثيراً، أو يجد الصداقات صعبة",
                "زیادہ تر اکیلا کھیلتا ہے، یا دوستی کرنا مشکل لگتا ہے",
            ),
            (
                "instructions given one step at a time, with pictures or written prompts",
                "polecenia podawane krok po kroku, z obrazkami lub pisemnymi podpowiedziami",
                "تعليمات تُعطى خطوة خطوة، مع صور أو تذكيرات مكتوبة",
                "ہدایات ایک ایک قدم کر کے، تصویروں یا لکھے ہوئے اشاروں کے ساتھ",
            ),
            (
                "extra time to answer questions",
                "więcej czasu na odpowiedź na pytania",
                "وقت إضافي للإجابة عن الأسئلة",
                "سوالوں کے جواب کے لیے اضافی وقت",
            ),
            (
                "a quiet space to calm down",
                "ciche miejsce, aby się uspokoić",
                "مكان هادئ للتهدئة",
                "پرسکون ہونے کے لیے ایک خاموش جگہ",
            ),
            (
                "clear routines, with a warning before anything changes",
                "jasny plan dnia i uprzedzanie o każdej zmianie",
                "روتين واضح، مع تنبيه قبل أي تغيير",
                "واضح معمول، اور کسی بھی تبدیلی سے پہلے اطلاع",
            ),
            (
                "The school's SENCO. The school can ask the speech and language therapy service "
                "for advice. Your doctor can refer your child for an autism assessment.",
                "SENCO w szkole. Szkoła może poprosić o poradę służbę terapii mowy i języka. "
                "Lekarz rodzinny może skierować dziecko na diagnozę autyzmu.",
                "منسق الاحتياجات التعليمية الخاصة (SENCO) في المدرسة. يمكن للمدرسة أن تطلب "
                "المشورة من خدمة علاج النطق واللغة. ويمكن لطبيبك أن يحيل طفلك لتقييم التوحد.",
                "اسکول کا SENCO۔ اسکول اسپیچ اینڈ لینگویج تھراپی سروس سے مشورہ لے سکتا ہے۔ آپ کا "
                "ڈاکٹر آپ کے بچے کو آٹزم کے جائزے کے لیے ریفر کر سکتا ہے۔",
            ),
            # Secondary
            (
                "Social communication and change",
                "Komunikacja społeczna i zmiany",
                "التواصل الاجتماعي والتغيير",
                "سماجی رابطہ اور تبدیلی",
            ),
            (
                "finds busy corridors or group work stressful",
                "zatłoczone korytarze lub praca w grupie są dla niego stresujące",
                "يجد الممرات المزدحمة أو العمل الجماعي مرهقاً",
                "بھری ہوئی راہداریوں یا گروپ ورک سے دباؤ محسوس کرتا ہے",
            ),
            (
                "takes words very literally",
                "rozumie słowa bardzo dosłownie",
                "يفهم الكلمات بمعناها الحرفي تماماً",
                "الفاظ کو بالکل لفظی معنی میں لیتا ہے",
            ),
            (
                "has friendships that often break down",
                "jego przyjaźnie często się rozpadają",
                "صداقاته كثيراً ما تنتهي",
                "اس کی دوستیاں اکثر ٹوٹ جاتی ہیں",
            ),
            (
                "a named adult to go to when things go wrong",
                "wyznaczona osoba dorosła, do której można się zwrócić, gdy coś idzie źle",
                "شخص بالغ محدد يلجأ إليه عندما تسوء الأمور",
                "ایک مقررہ بالغ شخص جس کے پاس مشکل میں جا سکے",
            ),
            (
                "warning of changes to the timetable or teachers",
                "uprzedzanie o zmianach w planie lekcji lub nauczycielach",
                "تنبيه مسبق بأي تغيير في الجدول أو المعلمين",
                "ٹائم ٹیبل یا اساتذہ میں تبدیلی کی پیشگی اطلاع",
            ),
            (
                "a quiet place to go at break and lunch",
                "ciche miejsce na przerwach i w porze obiadu",
                "مكان هادئ يذهب إليه في الاستراحة ووقت الغداء",
                "وقفے اور دوپہر کے کھانے کے وقت جانے کے لیے ایک خاموش جگہ",
            ),
            (
                "homework and instructions written down, not only said",
                "zadania domowe i polecenia zapisane, a nie tylko powiedziane",
                "الواجبات والتعليمات مكتوبة، لا منطوقة فقط",
                "ہوم ورک اور ہدایات لکھی ہوئی، صرف زبانی نہیں",
            ),
            (
                "The SENCO or head of year. Ask whether the council's communication and autism "
                "outreach team can advise the school.",
                "SENCO lub wychowawca rocznika. Zapytaj, czy zespół rady do spraw komunikacji i "
                "autyzmu może doradzić szkole.",
                "منسق الاحتياجات التعليمية الخاصة (SENCO) أو رئيس المرحلة الدراسية. اسأل إن كان "
                "فريق التواصل والتوحد التابع للمجلس يستطيع تقديم المشورة للمدرسة.",
                "SENCO یا ہیڈ آف ایئر۔ پوچھیں کہ کیا کونسل کی کمیونیکیشن اینڈ آٹزم آؤٹ ریچ ٹیم "
                "اسکول کو مشورہ دے سکتی ہے۔",
            ),
            # Post-16
            (
                "Communication at college and work",
                "Komunikacja w college'u i w pracy",
                "التواصل في الكلية والعمل",
                "کالج اور کام پر ابلاغ",
            ),
            (
                "finds new people, places or work placements hard",
                "trudno mu z nowymi ludźmi, miejscami lub praktykami zawodowymi",
                "يجد صعوبة مع الأشخاص أو الأماكن الجديدة أو التدريب العملي",
                "نئے لوگوں، جگہوں یا ورک پلیسمنٹ میں مشکل ہوتی ہے",
            ),
            (
                "does not ask for help when stuck",
                "nie prosi o pomoc, gdy utknie",
                "لا يطلب المساعدة عندما يتعثر",
                "اٹکنے پر مدد نہیں مانگتا",
            ),
            (
                "a named tutor who checks in every week",
                "wyznaczony opiekun, który co tydzień sprawdza, jak idzie",
                "مرشد محدد يطمئن عليه كل أسبوع",
                "ایک مقررہ ٹیوٹر جو ہر ہفتے حال پوچھے",
            ),
            (
                "a clear written timetable",
                "jasny, spisany plan zajęć",
                "جدول مكتوب وواضح",
                "واضح لکھا ہوا ٹائم ٹیبل",
            ),
            (
                "practice before placements and interviews",
                "ćwiczenia przed praktykami i rozmowami kwalifikacyjnymi",
                "تدريب قبل التدريب العملي والمقابلات",
                "ورک پلیسمنٹ اور انٹرویو سے پہلے مشق",
            ),
            (
                "help to speak up in meetings about their own support",
                "pomoc w zabieraniu głosu na spotkaniach o własnym wsparciu",
                "المساعدة على التعبير عن رأيه في الاجتماعات الخاصة بدعمه",
                "اپنی مدد کے بارے میں ملاقاتوں میں بات کرنے میں مدد",
            ),
            (
                "The college's learning support team. Young people can contact SENDIASS (the "
                "SEND information, advice and support service) themselves.",
                "Zespół wsparcia w nauce w college'u. Młodzi ludzie mogą sami skontaktować się z "
                "SENDIASS (służbą informacji, porad i wsparcia w sprawach SEND).",
                "فريق دعم التعلم في الكلية. يمكن للشباب التواصل بأنفسهم مع SENDIASS (خدمة "
                "المعلومات والمشورة والدعم الخاصة بـ SEND).",
                "کالج کی لرننگ سپورٹ ٹیم۔ نوجوان خود بھی SENDIASS (SEND کے بارے میں معلومات، "
                "مشورے اور مدد کی سروس) سے رابطہ کر سکتے ہیں۔",
            ),
        ],
    },
    {
        "path": "tell-us-what-you-think",
        "note_after": "Five short questions about our website and the help your family gets.",
        "strings": [
            (
                "Tell us what you think of the Local Offer",
                "Powiedz nam, co myślisz o Ofercie Lokalnej",
                "أخبرنا برأيك في العرض المحلي",
                "ہمیں بتائیں کہ آپ لوکل آفر کے بارے میں کیا سوچتے ہیں",
            ),
            (
                "Five short questions about our website and the help your family gets.",
                "Pięć krótkich pytań o naszą stronę i pomoc, którą dostaje twoja rodzina.",
                "خمسة أسئلة قصيرة عن موقعنا والمساعدة التي تحصل عليها عائلتك.",
                "ہماری ویب سائٹ اور آپ کے خاندان کو ملنے والی مدد کے بارے میں پانچ مختصر سوالات۔",
            ),
            (
                "It takes about 3 minutes. Your answers help us decide what to improve first. "
                "You do not have to give your name.",
                "To zajmie około 3 minut. Twoje odpowiedzi pomogą nam zdecydować, co poprawić "
                "najpierw. Nie musisz podawać imienia i nazwiska.",
                "يستغرق ذلك نحو 3 دقائق. تساعدنا إجاباتك على تحديد ما نحسّنه أولاً. لست مضطراً "
                "لذكر اسمك.",
                "اس میں تقریباً 3 منٹ لگتے ہیں۔ آپ کے جوابات سے ہمیں یہ طے کرنے میں مدد ملتی ہے کہ "
                "پہلے کیا بہتر کریں۔ آپ کو اپنا نام بتانا ضروری نہیں۔",
            ),
            (
                "We share what families tell us with the SEND Partnership Board each term, and "
                "we publish what we changed on our 'You said, we did' page.",
                "Co semestr przekazujemy Radzie Partnerstwa SEND to, co mówią nam rodziny, a "
                "wprowadzone zmiany publikujemy na stronie „Powiedzieliście, zrobiliśmy”.",
                "نشارك ما تخبرنا به العائلات مع مجلس شراكة SEND كل فصل دراسي، وننشر ما غيّرناه "
                "في صفحة «قلتم، وفعلنا».",
                "خاندان ہمیں جو بتاتے ہیں وہ ہم ہر ٹرم SEND پارٹنرشپ بورڈ کو بتاتے ہیں، اور جو ہم "
                "نے بدلا وہ اپنے صفحے 'آپ نے کہا، ہم نے کیا' پر شائع کرتے ہیں۔",
            ),
            (
                "How would you rate the Local Offer website overall?",
                "Jak ogólnie oceniasz stronę Oferty Lokalnej?",
                "كيف تقيّم موقع العرض المحلي بشكل عام؟",
                "مجموعی طور پر آپ لوکل آفر کی ویب سائٹ کو کیسا سمجھتے ہیں؟",
            ),
            (
                "Did you find the information you were looking for?",
                "Czy udało się znaleźć informacje, których szukasz?",
                "هل وجدت المعلومات التي كنت تبحث عنها؟",
                "کیا آپ کو وہ معلومات ملیں جو آپ تلاش کر رہے تھے؟",
            ),
            (
                "How would you rate the EHC needs assessment process?",
                "Jak oceniasz proces oceny potrzeb EHC?",
                "كيف تقيّم عملية تقييم احتياجات EHC؟",
                "آپ EHC ضروریات کے جائزے کے عمل کو کیسا سمجھتے ہیں؟",
            ),
            (
                "Only if your child has an education, health and care (EHC) plan, or you asked "
                "for one.",
                "Tylko jeśli dziecko ma plan edukacji, zdrowia i opieki (EHC) albo złożono "
                "wniosek o taki plan.",
                "فقط إذا كان لدى طفلك خطة للتعليم والصحة والرعاية (EHC)، أو طلبت واحدة.",
                "صرف اس صورت میں جب آپ کے بچے کے پاس تعلیم، صحت اور نگہداشت (EHC) پلان ہو، یا "
                "آپ نے اس کی درخواست کی ہو۔",
            ),
            (
                "How well does your child's school or college support their needs?",
                "Jak dobrze szkoła lub college dziecka wspiera jego potrzeby?",
                "إلى أي مدى تدعم مدرسة طفلك أو كليته احتياجاته؟",
                "آپ کے بچے کا اسکول یا کالج اس کی ضروریات میں کتنی اچھی مدد کرتا ہے؟",
            ),
            # A choice question's choices, one a line, and those that count as positive.
            (
                "Very well<br/>Quite well<br/>Not very well<br/>Not at all well<br/>I do not know",
                "Bardzo dobrze<br/>Dość dobrze<br/>Niezbyt dobrze<br/>Wcale nie dobrze<br/>"
                "Nie wiem",
                "جيد جداً<br/>جيد إلى حد ما<br/>ليس جيداً جداً<br/>ليس جيداً على الإطلاق<br/>لا أعرف",
                "بہت اچھی طرح<br/>کافی اچھی طرح<br/>زیادہ اچھی طرح نہیں<br/>بالکل اچھی طرح نہیں"
                "<br/>مجھے نہیں معلوم",
            ),
            (
                "Very well<br/>Quite well",
                "Bardzo dobrze<br/>Dość dobrze",
                "جيد جداً<br/>جيد إلى حد ما",
                "بہت اچھی طرح<br/>کافی اچھی طرح",
            ),
            (
                "What one thing would make the Local Offer better for you?",
                "Jaka jedna rzecz sprawiłaby, że Oferta Lokalna byłaby dla ciebie lepsza?",
                "ما الشيء الواحد الذي يجعل العرض المحلي أفضل لك؟",
                "کون سی ایک چیز لوکل آفر کو آپ کے لیے بہتر بنا دے گی؟",
            ),
        ],
    },
    {
        "path": "you-said-we-did",
        "note_after": "What families told us about the Local Offer, and what we changed because "
        "of it.",
        "strings": [
            (
                "You said, we did",
                "Powiedzieliście, zrobiliśmy",
                "قلتم، وفعلنا",
                "آپ نے کہا، ہم نے کیا",
            ),
            (
                "What families told us about the Local Offer, and what we changed because of it.",
                "Co rodziny powiedziały nam o Ofercie Lokalnej i co dzięki temu zmieniliśmy.",
                "ما أخبرتنا به العائلات عن العرض المحلي، وما غيّرناه بسبب ذلك.",
                "خاندانوں نے ہمیں لوکل آفر کے بارے میں کیا بتایا، اور اس کی وجہ سے ہم نے کیا بدلا۔",
            ),
            (
                "The law says we must publish what families tell us about the Local Offer, and "
                "what we did about it. This page does that.",
                "Prawo mówi, że musimy publikować to, co rodziny mówią nam o Ofercie Lokalnej, i "
                "to, co z tym zrobiliśmy. Służy do tego ta strona.",
                "ينص القانون على أن ننشر ما تخبرنا به العائلات عن العرض المحلي، وما فعلناه بشأنه. "
                "وهذه الصفحة تفعل ذلك.",
                "قانون کہتا ہے کہ خاندان ہمیں لوکل آفر کے بارے میں جو بتاتے ہیں، اور ہم نے اس پر "
                "جو کیا، وہ ہمیں شائع کرنا ہوگا۔ یہ صفحہ یہی کرتا ہے۔",
            ),
            (
                "You can tell us what you think at the bottom of every page, in our yearly "
                "survey, or through the Anyshire Parent Carer Forum. We read every comment. We "
                "group comments about the same thing together and answer them here, usually "
                "within a month.",
                "Możesz powiedzieć nam, co myślisz, na dole każdej strony, w naszej corocznej "
                "ankiecie albo przez Forum Rodziców i Opiekunów Anyshire. Czytamy każdy "
                "komentarz. Komentarze na ten sam temat łączymy i odpowiadamy na nie tutaj, "
                "zwykle w ciągu miesiąca.",
                "يمكنك أن تخبرنا برأيك في أسفل كل صفحة، أو في استبياننا السنوي، أو عبر منتدى "
                "الآباء ومقدمي الرعاية في أنيشاير. نقرأ كل تعليق. نجمع التعليقات التي تتناول "
                "الأمر نفسه معاً ونرد عليها هنا، عادةً خلال شهر.",
                "آپ ہر صفحے کے نیچے، ہمارے سالانہ سروے میں، یا اینی شائر پیرنٹ کیرر فورم کے ذریعے "
                "ہمیں اپنی رائے بتا سکتے ہیں۔ ہم ہر تبصرہ پڑھتے ہیں۔ ایک ہی بات کے بارے میں "
                "تبصروں کو ہم اکٹھا کرتے ہیں اور عام طور پر ایک مہینے کے اندر یہاں ان کا جواب "
                "دیتے ہیں۔",
            ),
        ],
    },
]
