### local-services: one message per translatable piece of partners/example-athens/content/local-services.md (title, description,
### headings, paragraphs, list items, table cells, image descriptions).
### Translate the words; keep links, **bold**, *italic* and `code` as they are.
### The English messages are written by `peerpress sync` from the Markdown.

# title
local-services-title = Where to get help in Athens

# description
local-services-description = Free HIV tests, PrEP and treatment near you (example: replace with your own services).

# paragraph
local-services-intro-1 = Example Athens Checkpoint, Example Street 1: free, anonymous HIV tests without an appointment, Monday to Friday 10:00–18:00, phone +30 210 000 0000.

## PrEP and treatment

# heading
local-services-prep-and-treatment = PrEP and treatment

# list item
local-services-prep-and-treatment-1 = Ask us where to get PrEP: we go with you if you want.

# list item
local-services-prep-and-treatment-2 = HIV treatment is free in public hospitals, also without papers.

## This page is an example

# heading
local-services-this-page-is-an-example = This page is an example

# paragraph
local-services-this-page-is-an-example-1 = This partner folder shows how a partner adds its own page. Replace these addresses and times with your own before you publish.
