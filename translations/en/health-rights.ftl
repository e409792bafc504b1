### health-rights: one message per translatable piece of content/health-rights.md (title, description,
### headings, paragraphs, list items, table cells, image descriptions).
### Translate the words; keep links, **bold**, *italic* and `code` as they are.
### The English messages are written by `peerpress sync` from the Markdown.

# title
health-rights-title = Your right to health care

# description
health-rights-description = Your rights to health care, privacy and an interpreter in Europe, whatever your papers, and what to do if you are refused care.

# paragraph
health-rights-intro-1 = Everyone has a right to health care. This includes migrants, refugees and people without papers. This page explains your main rights. **The rules differ from country to country.** A local HIV or migrant support organisation can tell you the rules where you live.

## Health care is a human right

# heading
health-rights-health-care-is-a-human = Health care is a human right

# paragraph
health-rights-health-care-is-a-human-1 = International agreements protect your right to health:

# list item
health-rights-health-care-is-a-human-2 = The [Universal Declaration of Human Rights](https://www.un.org/en/about-us/universal-declaration-of-human-rights), article 25, says everyone has the right to medical care.

# list item
health-rights-health-care-is-a-human-3 = A UN agreement from 1966 (article 12) protects the right to the best possible health. A UN committee explained this in 2000. It says countries must not block anyone from health care, including asylum seekers and people without papers.

# list item
health-rights-health-care-is-a-human-8 = The Council of Europe's Social Charter (articles 11 and 13) protects the right to health and to medical help. But it mainly protects people who live in the country legally. For adults without papers, it protects emergency medical help. Children without papers have more protection.

# list item
health-rights-health-care-is-a-human-9 = EU rules say that people who ask for asylum in an EU country must get the health care they need. This includes at least emergency care and essential treatment of illnesses.

# list item
health-rights-health-care-is-a-human-5 = The [Charter of Fundamental Rights of the European Union](https://fra.europa.eu/en/eu-charter/article/35-health-care), article 35, says everyone has the right to preventive care and medical treatment. It adds that each country's laws set the conditions.

# paragraph
health-rights-health-care-is-a-human-6 = Each country decides how these rights work in practice. In some countries you may have to pay or fill in forms. But you still have rights.

# paragraph
health-rights-health-care-is-a-human-7 = These texts tell governments what they must do. A local organisation can use them to help you get care.

## What this means for you

# heading
health-rights-what-this-means-for-you = What this means for you

# paragraph
health-rights-what-this-means-for-you-1 = What you can get depends on the country and on your situation. In many countries:

# list item
health-rights-what-this-means-for-you-2 = everyone gets **emergency care**, whatever their papers

# list item
health-rights-what-this-means-for-you-3 = HIV testing is free, and often anonymous

# list item
health-rights-what-this-means-for-you-4 = children and pregnant women have extra rights to care

# paragraph
health-rights-what-this-means-for-you-5 = In some countries, HIV treatment is free for everyone, whatever your papers. For example, in England HIV treatment from the NHS is free for everyone. In Sweden, HIV care is free by law, also for people without papers. In other countries, you may need to fill in forms first, or show where you live. Ask a local organisation what applies to you.

## Your health information is private

# heading
health-rights-your-health-information-is-private = Your health information is private

# paragraph
health-rights-your-health-information-is-private-1 = Doctors, nurses and interpreters must keep your health information **confidential**. Your HIV status is private.

# paragraph
health-rights-your-health-information-is-private-6 = Staff must not tell your family, your employer or your landlord about your health without your permission.

# paragraph
health-rights-your-health-information-is-private-2 = In most countries, doctors and nurses must not share your information with immigration authorities. But the rules differ. The bigger risk is usually the office that pays for your care, such as a social welfare office.

# paragraph
health-rights-your-health-information-is-private-7 = For example, in Germany the social welfare office must tell the immigration office about people without papers who ask it to pay for care that is not an emergency. In England, the NHS tells the Home Office about unpaid hospital bills. This can harm a later visa application.

# paragraph
health-rights-your-health-information-is-private-8 = Emergency care is safer. In Germany, details from emergency treatment in hospital must not be passed on to the immigration office. In England, care in the hospital emergency department is free for everyone, and so is HIV treatment. But if you have to stay in hospital, you may get a bill.

# paragraph
health-rights-your-health-information-is-private-9 = {"*"}*Get advice from a local organisation before you apply for help with the costs of care.** If you are worried, you can ask:

# list item
health-rights-your-health-information-is-private-3 = "Who will see my information?"

# list item
health-rights-your-health-information-is-private-4 = "Will you share my information with anyone?"

# paragraph
health-rights-your-health-information-is-private-5 = A local HIV or migrant support organisation can explain the rules in your country. Some services also let you test without giving your name.

## Your right to an interpreter

# heading
health-rights-your-right-to-an-interpreter = Your right to an interpreter

# paragraph
health-rights-your-right-to-an-interpreter-1 = In many countries, you can ask for an interpreter when you see a doctor. The interpreter can be in the room or on the phone.

# paragraph
health-rights-your-right-to-an-interpreter-6 = In some countries the law gives you a right to an interpreter in health care. In others it does not, but many clinics can still find one. Ask when you make your appointment.

# list item
health-rights-your-right-to-an-interpreter-2 = Ask for a **trained, professional interpreter**, not a family member or friend.

# list item
health-rights-your-right-to-an-interpreter-3 = Professional interpreters must keep what you say private.

# list item
health-rights-your-right-to-an-interpreter-4 = It is okay to ask the doctor to explain again in simple words.

# list item
health-rights-your-right-to-an-interpreter-7 = Children should not interpret for their parents at the doctor.

# paragraph
health-rights-your-right-to-an-interpreter-5 = A professional interpreter protects your privacy. It also helps you understand everything about your health and your treatment.

## If you are refused care

# heading
health-rights-if-you-are-refused-care = If you are refused care

# paragraph
health-rights-if-you-are-refused-care-1 = Sometimes a clinic or hospital may say no. This can be a mistake. Staff do not always know the rules for migrants.

# list item
health-rights-if-you-are-refused-care-2 = Stay calm and ask why.

# list item
health-rights-if-you-are-refused-care-3 = Ask for the reason **in writing**, with the date and the name of the service.

# list item
health-rights-if-you-are-refused-care-4 = Keep all letters and papers.

# list item
health-rights-if-you-are-refused-care-5 = Contact a local HIV or migrant support organisation. They can help you and may go with you next time.

# paragraph
health-rights-if-you-are-refused-care-8 = You can also **complain**. Ask the clinic or hospital how to make a complaint. In many countries you can also complain to an independent office for patient complaints, or to a national human rights office. A local organisation can help you write the complaint.

# paragraph
health-rights-if-you-are-refused-care-6 = In an emergency, go to a hospital emergency department or call **112**. This emergency number works in all EU countries.

# paragraph
health-rights-if-you-are-refused-care-7 = Local HIV or migrant support organisations know the rules in your country. They can help in your language. Look for their contact details with this page or leaflet.

## Common questions

# heading
health-rights-common-questions = Common questions

# heading
health-rights-do-i-have-to-pay = Do I have to pay?

# paragraph
health-rights-do-i-have-to-pay-1 = It depends on the country and on your situation. In an emergency, most countries give care first and send any bill later. Ask about help with costs before you pay. A local organisation can help.

# heading
health-rights-can-i-bring-someone-with = Can I bring someone with me?

# paragraph
health-rights-can-i-bring-someone-with-1 = Yes. You can usually bring a person you trust. But for interpreting, ask for a professional interpreter.

# heading
health-rights-what-if-i-do-not = What if I do not understand a letter or a form?

# paragraph
health-rights-what-if-i-do-not-1 = Ask the clinic to explain it. A local organisation can also help you read it.
