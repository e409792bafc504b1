### hiv-testing: one message per translatable piece of content/hiv-testing.md (title, description,
### headings, paragraphs, list items, table cells, image descriptions).
### Translate the words; keep links, **bold**, *italic* and `code` as they are.
### The English messages are written by `peerpress sync` from the Markdown.

# title
hiv-testing-title = HIV testing: where, how and when

# description
hiv-testing-description = The different ways to test for HIV, when a result is reliable, and what happens after your test.

# paragraph
hiv-testing-intro-1 = Testing is the only way to know if you have HIV. Many people with HIV feel well for years. A test is quick and simple. Knowing your result helps you look after your health.

## Where you can test

# heading
hiv-testing-where-you-can-test = Where you can test

# paragraph
hiv-testing-where-you-can-test-1 = You can choose the place that feels best for you.

# list item
hiv-testing-where-you-can-test-2 = {"*"}*Clinic or hospital:** A health worker takes a small blood sample. A laboratory checks it.

# list item
hiv-testing-where-you-can-test-3 = {"*"}*Community testing:** Many community organisations offer a **rapid test**. It uses a drop of blood from your finger. You get the result in less than 30 minutes.

# list item
hiv-testing-where-you-can-test-4 = {"*"}*Self-test:** You do the test yourself, at home or in another private place. You can get a kit from a pharmacy, online or from a community organisation.

# paragraph
hiv-testing-where-you-can-test-6 = WHO has recommended HIV self-testing since 2016. If you use a self-test, choose one with a **CE mark** on the box. This mark shows that the test is approved for sale in Europe. Read the instructions in the kit carefully.

# paragraph
hiv-testing-where-you-can-test-5 = Testing is **confidential**. This means staff keep your result private. Testing is your choice. In many places, it is free. Some services let you test **anonymously**, without giving your name. [European guidance from ECDC](https://www.ecdc.europa.eu/en/news-events/marking-european-testing-week-ecdc-issues-integrated-hepatitis-and-hiv-testing-guidance) says testing must be voluntary and confidential.

# paragraph
hiv-testing-where-you-can-test-7 = When you test for HIV, ask to test for **hepatitis B**, **hepatitis C** and other STIs at the same time. They spread in similar ways, and they can be treated.

## When a test result is reliable

# heading
hiv-testing-when-a-test-result-is = When a test result is reliable

# paragraph
hiv-testing-when-a-test-result-is-1 = After HIV enters the body, a test needs some time to find it. This time is called the **window period**. It depends on the type of test.

# table cell
hiv-testing-when-a-test-result-is-2 = Test type

# table cell
hiv-testing-when-a-test-result-is-3 = Where

# table cell
hiv-testing-when-a-test-result-is-17 = Test again after

# table cell
hiv-testing-when-a-test-result-is-5 = Lab test (blood from your arm)

# table cell
hiv-testing-when-a-test-result-is-6 = Clinic or hospital

# table cell
hiv-testing-when-a-test-result-is-7 = {"*"}*45 days** after a possible exposure

# table cell
hiv-testing-when-a-test-result-is-8 = Rapid test (antibody)

# table cell
hiv-testing-when-a-test-result-is-9 = Community organisation or clinic

# table cell
hiv-testing-when-a-test-result-is-10 = 3 months (90 days) after a possible exposure

# table cell
hiv-testing-when-a-test-result-is-11 = Self-test (antibody)

# table cell
hiv-testing-when-a-test-result-is-12 = At home

# table cell
hiv-testing-when-a-test-result-is-13 = 3 months (90 days) after a possible exposure

# paragraph
hiv-testing-when-a-test-result-is-14 = If you test earlier, a negative result may not be final. Test again when the window period is over. If the possible exposure was in the last 72 hours, ask about **PEP** today. PEP is medicine that can stop HIV after an exposure.

# paragraph
hiv-testing-when-a-test-result-is-15 = There is also a lab test that looks for the virus itself. It can find HIV earlier than the tests in the table. But it is **not** used for routine testing. A doctor may use it in special cases.

# paragraph
hiv-testing-when-a-test-result-is-16 = If you took PEP or take PrEP, HIV can take longer to show in a test. Ask your clinic when to test. The timing can be different for you.

## If your result is reactive

# heading
hiv-testing-if-your-result-is-reactive = If your result is reactive

# paragraph
hiv-testing-if-your-result-is-reactive-1 = A rapid test or self-test can show a **reactive** result. This does not always mean you have HIV. You need a **confirmation test** from a health service, usually in a laboratory.

# list item
hiv-testing-if-your-result-is-reactive-2 = Take a deep breath. You are not alone.

# list item
hiv-testing-if-your-result-is-reactive-3 = Go to a clinic or a community organisation soon.

# list item
hiv-testing-if-your-result-is-reactive-4 = Tell them you had a reactive test. They will do the confirmation test.

# paragraph
hiv-testing-if-your-result-is-reactive-5 = Reactive means that the test found something that could be HIV. Sometimes a test is reactive when there is no HIV. This is why a health service must always confirm the result, usually in a laboratory.

# paragraph
hiv-testing-if-your-result-is-reactive-7 = If your result is **non-reactive** (negative), you did not get HIV from possible exposures more than 45 days before a lab test, or more than 90 days before a rapid test or self-test. The test cannot show newer exposures yet. Test again after the window period, and after any new possible exposure.

# paragraph
hiv-testing-if-your-result-is-reactive-8 = If you take HIV treatment, do not use a rapid test or self-test to check your HIV. It can wrongly show a negative result. This does not mean that the HIV has gone.

# paragraph
hiv-testing-if-your-result-is-reactive-6 = If your result is negative and you could still get HIV, ask about **PrEP**. PrEP is medicine that stops you getting HIV.

## If you have HIV

# heading
hiv-testing-if-you-have-hiv = If you have HIV

# paragraph
hiv-testing-if-you-have-hiv-1 = If the confirmation test shows HIV, the clinic will connect you with HIV care. Treatment works very well. People living with HIV who take treatment can live long and healthy lives. Treatment can also make your viral load undetectable. Then you do not pass HIV on through sex.

# paragraph
hiv-testing-if-you-have-hiv-3 = What happens next:

# list item
hiv-testing-if-you-have-hiv-4 = You meet an HIV doctor or nurse.

# list item
hiv-testing-if-you-have-hiv-5 = They take blood to check your viral load and your immune system.

# list item
hiv-testing-if-you-have-hiv-6 = You start treatment.

# paragraph
hiv-testing-if-you-have-hiv-7 = {"["}WHO has recommended since 2017](https://www.who.int/publications/i/item/9789241550062) that treatment starts **as soon as possible**: ideally on the same day, or within **7 days** of the diagnosis. Sometimes a doctor waits a little longer for a medical reason.

# paragraph
hiv-testing-if-you-have-hiv-2 = Ask the clinic or a local organisation about free or low-cost treatment. The rules differ from country to country. But in many countries, migrants can get HIV care.

## Common questions

# heading
hiv-testing-common-questions = Common questions

# heading
hiv-testing-do-i-have-to-give = Do I have to give my name?

# paragraph
hiv-testing-do-i-have-to-give-1 = Not always. Some services let you test anonymously. Ask before you test.

# heading
hiv-testing-does-the-test-hurt = Does the test hurt?

# paragraph
hiv-testing-does-the-test-hurt-1 = A rapid test needs only a small prick on your finger. A lab test uses a normal blood sample from your arm.

# heading
hiv-testing-how-often-should-i-test = How often should I test?

# paragraph
hiv-testing-how-often-should-i-test-1 = Test at least once. If you have new partners, many clinics advise a test at least once a year, or more often. If you take PrEP, you test about every 3 months.

# heading
hiv-testing-can-i-test-if-i = Can I test if I have no papers?

# paragraph
hiv-testing-can-i-test-if-i-1 = Yes. In many countries, community testing is free and anonymous, and you do not need to show papers. A local HIV or migrant support organisation can tell you where to go.
