### u-equals-u: one message per translatable piece of content/u-equals-u.md (title, description,
### headings, paragraphs, list items, table cells, image descriptions).
### Translate the words; keep links, **bold**, *italic* and `code` as they are.
### The English messages are written by `peerpress sync` from the Markdown.

# title
u-equals-u-title = U=U: undetectable means untransmittable

# description
u-equals-u-description = What U=U means, how HIV treatment stops HIV passing on through sex, and how migrants can get treatment.

# paragraph
u-equals-u-intro-1 = People living with HIV can live long and healthy lives. HIV treatment keeps you well. It also protects the people you love. This is called **U=U**. It means "undetectable equals untransmittable".

# paragraph
u-equals-u-intro-2 = This page explains what U=U means, what it does not cover, and how to get HIV treatment in Europe.

## What U=U means

# heading
u-equals-u-what-u-u-means = What U=U means

# paragraph
u-equals-u-what-u-u-means-1 = HIV treatment is medicine that you take every day. Some people get an injection instead. The medicine lowers the amount of HIV in your blood. This amount is called your **viral load**.

# paragraph
u-equals-u-what-u-u-means-2 = When your viral load is very low, doctors call it "undetectable". For U=U, this means fewer than **200 copies** of the virus in one millilitre of blood (200 copies/mL).

# list item
u-equals-u-what-u-u-means-3 = Most people become undetectable within **six months** of starting treatment.

# list item
u-equals-u-what-u-u-means-4 = You stay undetectable when you take your treatment as your doctor prescribed it.

# list item
u-equals-u-what-u-u-means-7 = U=U applies once you have stayed undetectable for at least **six months**, taking every dose.

# list item
u-equals-u-what-u-u-means-5 = A blood test checks your viral load. Your clinic tells you how often you need it.

# paragraph
u-equals-u-what-u-u-means-6 = The [Prevention Access Campaign](https://preventionaccess.org/), which started U=U, uses this limit of 200 copies/mL. WHO's 2021 HIV guidelines also say that people below 200 copies/mL do not pass HIV on through sex.

## What U=U protects against

# heading
u-equals-u-what-u-u-protects-against = What U=U protects against

# paragraph
u-equals-u-what-u-u-protects-against-1 = If you are undetectable, you **do not pass HIV on through sex**. This is true with or without a condom. Large studies with thousands of couples have shown this. [UNAIDS explains the science](https://www.unaids.org/en/resources/documents/2024/undetectable-untransmittable).

# paragraph
u-equals-u-what-u-u-protects-against-6 = This means there is **no risk** of passing HIV on through sex. It is not a small risk. There is no risk at all. In 2023, WHO also said that the risk is zero when HIV cannot be measured in your blood.

# paragraph
u-equals-u-what-u-u-protects-against-2 = U=U is about HIV only. It does not protect against:

# list item
u-equals-u-what-u-u-protects-against-3 = other sexually transmitted infections (STIs), like syphilis or chlamydia

# list item
u-equals-u-what-u-u-protects-against-4 = pregnancy

# paragraph
u-equals-u-what-u-u-protects-against-5 = Condoms, contraception and regular check-ups help with these. Your clinic can help you choose what is right for you.

## Pregnancy and breastfeeding

# heading
u-equals-u-pregnancy-and-breastfeeding = Pregnancy and breastfeeding

# paragraph
u-equals-u-pregnancy-and-breastfeeding-4 = HIV treatment also protects babies. When the mother is undetectable during pregnancy and birth, the risk of passing HIV to the baby is almost zero. Almost all of these babies are born without HIV.

# paragraph
u-equals-u-pregnancy-and-breastfeeding-3 = If you want to have a baby, talk to your clinic. When you are undetectable, you can try for a baby without passing HIV on to your partner.

# paragraph
u-equals-u-pregnancy-and-breastfeeding-2 = Breastfeeding is different. When you are undetectable, the risk of passing HIV to your baby through breast milk is **low, but not zero**. Talk to your doctor, ideally before your baby is born. Together you can make a feeding plan that is right for you and your baby.

## Getting and staying on treatment

# heading
u-equals-u-getting-and-staying-on-treatment = Getting and staying on treatment

# paragraph
u-equals-u-getting-and-staying-on-treatment-1 = Many countries in Europe give HIV treatment to migrants. In some countries this includes people who are waiting for papers or who have no papers. The rules are different in each country. In some places treatment is free. In others you may have to pay or fill in forms.

# list item
u-equals-u-getting-and-staying-on-treatment-2 = Ask at an HIV clinic or a sexual health clinic.

# list item
u-equals-u-getting-and-staying-on-treatment-3 = Ask a local community organisation. They know the rules where you live.

# list item
u-equals-u-getting-and-staying-on-treatment-4 = If you move, take your medicine and a letter from your doctor with you.

# paragraph
u-equals-u-getting-and-staying-on-treatment-5 = Try not to stop your treatment. If you stop, the virus comes back in your blood. Then HIV can be passed on again. If your medicine causes problems, or if it is hard to get, talk to your doctor or a local organisation. You are not alone, and help is there.

## Common questions

# heading
u-equals-u-common-questions = Common questions

# heading
u-equals-u-how-do-i-know-that = How do I know that I am undetectable?

# paragraph
u-equals-u-how-do-i-know-that-1 = Only a viral load test can tell you. You cannot feel it. Your lab report may say "undetectable", "not detected" or "less than" a small number, like "less than 50". This means the virus is below what the test can measure, often 20 or 50 copies/mL. For U=U, any result under **200 copies/mL** counts.

# heading
u-equals-u-when-can-i-rely-on = When can I rely on U=U?

# paragraph
u-equals-u-when-can-i-rely-on-1 = U=U protects your partners once you have been undetectable for at least **six months**. During this time, take every dose of your treatment and have regular viral load tests. Until then, use condoms, or your partner can take PrEP. Ask your doctor if you are not sure.

# heading
u-equals-u-what-if-i-forget-my = What if I forget my medicine?

# paragraph
u-equals-u-what-if-i-forget-my-1 = Follow the advice from your clinic or the leaflet in your medicine box. If you often miss doses, or stop for several days, the virus can come back. Then U=U no longer protects your partners. Your clinic can help, for example with reminders or a different treatment.

# heading
u-equals-u-does-u-u-work-for = Does U=U work for sharing needles?

# paragraph
u-equals-u-does-u-u-work-for-1 = U=U is about sex. Studies have not shown the same for sharing needles or syringes. Always use new needles and syringes. A local service for people who use drugs can give them to you.

# heading
u-equals-u-do-i-have-to-tell = Do I have to tell my partners that I have HIV?

# paragraph
u-equals-u-do-i-have-to-tell-1 = Telling a partner is a personal choice. But in some countries the law has rules about this. A local HIV or migrant support organisation can explain the law where you live.

# heading
u-equals-u-is-my-hiv-status-private = Is my HIV status private?

# paragraph
u-equals-u-is-my-hiv-status-private-1 = Yes. Health workers must keep your HIV status **confidential**. If you are worried about who can see your information, ask your clinic or a local organisation.
