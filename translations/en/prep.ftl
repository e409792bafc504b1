### prep: one message per translatable piece of content/prep.md (title, description,
### headings, paragraphs, list items, table cells, image descriptions).
### Translate the words; keep links, **bold**, *italic* and `code` as they are.
### The English messages are written by `peerpress sync` from the Markdown.

# title
prep-title = PrEP: medicine that prevents HIV

# description
prep-description = What PrEP is, who it is for, the different ways to take it, and how PEP after a possible exposure is different.

# paragraph
prep-intro-1 = PrEP is medicine that stops you getting HIV. PrEP means "pre-exposure prophylaxis": protection before a possible contact with HIV. It is for people who do not have HIV. When you take it the right way, PrEP works very well. [WHO recommends PrEP](https://www.who.int/teams/global-hiv-hepatitis-and-stis-programmes/hiv/prevention) for people who have a higher chance of getting HIV.

# paragraph
prep-intro-2 = PrEP can be pills or an injection.

## Who PrEP is for

# heading
prep-who-prep-is-for = Who PrEP is for

# paragraph
prep-who-prep-is-for-1 = PrEP may be a good choice for you if:

# list item
prep-who-prep-is-for-2 = you often have sex without condoms

# list item
prep-who-prep-is-for-3 = your partner has HIV and is not undetectable, or you do not know their status

# list item
prep-who-prep-is-for-4 = you recently had a sexually transmitted infection (STI)

# list item
prep-who-prep-is-for-5 = you have needed PEP before

# list item
prep-who-prep-is-for-6 = you share needles or other equipment to inject drugs

# paragraph
prep-who-prep-is-for-7 = A nurse or doctor will ask you some questions in private. Then you decide together. Choosing PrEP is a healthy and caring choice.

# paragraph
prep-who-prep-is-for-8 = Before you start, you need an **HIV test**. PrEP is only for people who do not have HIV. Daily PrEP pills can also be used during pregnancy and breastfeeding. Talk to your clinic about this.

# paragraph
prep-who-prep-is-for-9 = You also need a test for **hepatitis B** before you start. If you are not protected against it, ask for the vaccine. PrEP pills also act on hepatitis B. If you have long-term hepatitis B, on-demand PrEP is not safe, and you must never stop PrEP suddenly. This can harm your liver.

## Ways to take PrEP

# heading
prep-ways-to-take-prep = Ways to take PrEP

# paragraph
prep-ways-to-take-prep-1 = There are different ways to take PrEP. Your clinic will help you choose.

# paragraph
prep-ways-to-take-prep-2 = {"*"}*Daily PrEP:** You take one pill every day. This works for everyone, including people who have vaginal or front-hole sex. European guidance says to start with **2 pills** together, 2 to 24 hours before sex. This protects everyone from about 2 hours after the 2 pills. Not every clinic gives this advice yet, so ask your clinic how to start.

# paragraph
prep-ways-to-take-prep-3 = {"*"}*On-demand PrEP (2-1-1):** You take pills only around the time you have sex.

# list item
prep-ways-to-take-prep-4 = Take **2 pills** 2 to 24 hours before sex.

# list item
prep-ways-to-take-prep-5 = Take **1 pill** 24 hours after the 2 pills.

# list item
prep-ways-to-take-prep-6 = Take **1 more pill** 24 hours after that.

# paragraph
prep-ways-to-take-prep-7 = If you have sex again on the next days, keep taking 1 pill every 24 hours. Stop 2 days after the last time you had sex.

# paragraph
prep-ways-to-take-prep-8 = WHO has recommended the 2-1-1 plan for men who have sex with men since 2019. In 2022, WHO said it also suits other people assigned male at birth who do not take gender-affirming hormones. WHO still recommends on-demand PrEP **only** for people assigned male at birth. If you take gender-affirming hormones, WHO advises daily PrEP.

# paragraph
prep-ways-to-take-prep-13 = {"*"}*On-demand PrEP for vaginal or front-hole sex (2-7):** Since 2025, European and UK guidelines also offer on-demand PrEP for vaginal and front-hole sex. It is called **2-7**.

# list item
prep-ways-to-take-prep-14 = Start with **2 pills** together, 2 to 24 hours before sex.

# list item
prep-ways-to-take-prep-15 = Then take **1 pill** every day until **7 days** after the last time you had sex.

# paragraph
prep-ways-to-take-prep-16 = WHO does not recommend the 2-7 plan, and not every clinic offers it yet. Ask your clinic which plan is right for you.

# paragraph
prep-ways-to-take-prep-10 = {"*"}*Injections:** Long-acting PrEP is an injection that a health worker gives you. You do not need to take pills every day.

# list item
prep-ways-to-take-prep-11 = {"*"}*Cabotegravir** is given every **2 months**. WHO has recommended it since 2022. According to the European Medicines Agency (EMA), it has been approved in the European Union since 2023.

# list item
prep-ways-to-take-prep-12 = {"*"}*Lenacapavir** is given **twice a year**, every 6 months. [WHO recommended it in July 2025](https://www.who.int/news/item/14-07-2025-who-recommends-injectable-lenacapavir-for-hiv-prevention). According to the EMA, it was approved in the European Union in 2025.

# paragraph
prep-ways-to-take-prep-9 = Approval does not mean that every clinic offers it. **Availability differs by country.** Ask your clinic what is offered where you live.

# paragraph
prep-ways-to-take-prep-17 = The medicine from an injection stays in your body for many months after the last one. The amount goes down slowly. If you get HIV during this time, some HIV medicines may stop working for you. If you want to stop injections, ask your clinic how to stay protected, for example with PrEP pills.

# paragraph
prep-ways-to-take-prep-18 = PrEP injections are approved to prevent HIV from sex only. If you inject drugs, use PrEP pills, and always use new needles and syringes.

## Staying healthy on PrEP

# heading
prep-staying-healthy-on-prep = Staying healthy on PrEP

# paragraph
prep-staying-healthy-on-prep-1 = PrEP protects against HIV only. It does **not** protect against other STIs or pregnancy. Condoms and contraception help with these.

# paragraph
prep-staying-healthy-on-prep-2 = When you take PrEP pills, you visit the clinic about **every 3 months**. At each visit you get:

# list item
prep-staying-healthy-on-prep-3 = an HIV test

# list item
prep-staying-healthy-on-prep-7 = tests for other STIs, like syphilis, gonorrhoea and chlamydia

# list item
prep-staying-healthy-on-prep-8 = a kidney test, when your clinic needs one

# paragraph
prep-staying-healthy-on-prep-9 = If you get PrEP injections, you have an HIV test at your injection visits.

# paragraph
prep-staying-healthy-on-prep-6 = These visits keep you healthy. They also check that PrEP is still right for you. Many STIs have no signs. Regular tests find them early, and most can be treated.

## PEP is different

# heading
prep-pep-is-different = PEP is different

# paragraph
prep-pep-is-different-1 = PEP means "post-exposure prophylaxis". You take it **after** a possible contact with HIV. For example, after a condom breaks, or after sex that you did not want.

# list item
prep-pep-is-different-2 = Start PEP as soon as you can, **within 72 hours** (3 days).

# list item
prep-pep-is-different-3 = The sooner you start, the better it works.

# list item
prep-pep-is-different-4 = You take it for **28 days**.

# paragraph
prep-pep-is-different-6 = WHO's 2024 PEP guidelines say to start it ideally within 24 hours, and no later than 72 hours. After PEP, you need another HIV test.

# paragraph
prep-pep-is-different-5 = Go to a hospital emergency department or a sexual health clinic. Say "I need PEP". A local organisation can tell you where to get PEP near you.

# paragraph
prep-pep-is-different-7 = If you need PEP more than once, ask about PrEP. Many clinics can help you move straight from PEP to PrEP.

## How to get PrEP

# heading
prep-how-to-get-prep = How to get PrEP

# list item
prep-how-to-get-prep-1 = Ask at a sexual health clinic or an HIV clinic.

# list item
prep-how-to-get-prep-2 = Ask a local HIV or migrant support organisation. They know where PrEP is free or costs less.

# list item
prep-how-to-get-prep-3 = Do not take PrEP pills from a friend. You need an HIV test and a check first.

# paragraph
prep-how-to-get-prep-4 = The rules and costs are different in each country. In some countries PrEP is free. In others you may have to pay.

## Common questions

# heading
prep-common-questions = Common questions

# heading
prep-how-well-does-prep-work = How well does PrEP work?

# paragraph
prep-how-well-does-prep-work-1 = PrEP works very well when you take it the right way. It works less well if you miss many pills or injections.

# heading
prep-does-prep-have-side-effects = Does PrEP have side effects?

# paragraph
prep-does-prep-have-side-effects-1 = Some people feel sick or have stomach problems in the first weeks. This usually goes away. Injections can be sore where you get them. Tell your clinic about any problems.

# heading
prep-can-i-stop-prep = Can I stop PrEP?

# paragraph
prep-can-i-stop-prep-1 = Yes. Talk to your clinic first. How you stop safely depends on how you take PrEP and the kind of sex you have. If you have hepatitis B, or had PrEP injections, always ask your clinic how to stop.

# heading
prep-will-anyone-know-that-i = Will anyone know that I take PrEP?

# paragraph
prep-will-anyone-know-that-i-1 = Your visits and test results are **confidential**. Staff must keep them private.
