"""The shipped places file's validated values; made by `python scripts/shipped.py`: do not edit."""

from typing import Any

DIGEST = "374863:4a0c62d1"
"""The digest (length and Adler-32) of the places file it was compiled from."""

VALUES: dict[str, Any] = {'places_source': 'Named places of detention (docs/sources/places.csv); Ministry of Justice prison-register (GitHub) '
                  '(MIT licence, Crown copyright); symroe/prison-estate-data (Open Government Licence v3.0); Wikipedia '
                  'and its mirrors (CC BY-SA); Official pages (gov.uk, Ministry of Justice, HM Inspectorate of '
                  'Prisons, IMB, SPS, HMIPS, gov.scot, the Scottish Parliament, nidirect, CJI) and dated news reports '
                  '(named in lifetime_source and note) (licence not stated)'}
"""Its validated plain values, as `loader.build` takes them."""

PLACES = (('hmp-altcourse', 'HMP & YOI Altcourse', ('Altcourse', 'Altcourse (HMP & YOI)', 'HMP/YOI Altcourse'), 'prison and YOI',
  'prisons', 'england', 'Sodexo', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  "tables); the operator (Sodexo) was read only at a copy of Wikipedia's article (read_at)",
  '2022-05',
  "prison-register code ACI; register name 'Altcourse (HMP & YOI)'; types HMP,YOI; contracted=yes; male; register "
  'operator (2022-05): G4S. Operator: Wikipedia text says the prison is operated by Sodexo, which took over from G4S '
  'in 2023 (also seen in another mirror of the article: capacity March 2022, managed by Sodexo). The register '
  '(2022-05) still says G4S: stale.',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  'https://www.theinfolist.com/html/ALL/s/A/Altcourse_Prison.html', 'Liverpool',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-ashfield', 'HMP Ashfield', ('Ashfield', 'Ashfield (HMP)'), 'prison', 'prisons', 'england', 'Serco', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code ASI; register name 'Ashfield (HMP)'; types HMP; contracted=yes; male; register operator "
  '(2022-05): Serco. operator Serco also listed in a July 2023 summary (scribd.com/document/733544973)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Bristol',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-askham-grange', 'HMP & YOI Askham Grange',
  ('Askham Grange', 'Askham Grange (HMP & YOI)', 'HMP/YOI Askham Grange'), 'prison and YOI', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code AGI; register name 'Askham Grange (HMP & YOI)'; types HMP,YOI; contracted=no; female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'York',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmyoi-aylesbury', 'HMYOI Aylesbury', ('Aylesbury', 'Aylesbury (HMYOI)'), 'young offender institution', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code AYI; register name 'Aylesbury (HMYOI)'; types YCS; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). register comment: 'Aylesbury is HMYOI on spreadsheet "
  "but not marked as Youth Custody Estate - need to confirm'",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Aylesbury',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-bedford', 'HMP & YOI Bedford', ('Bedford', 'Bedford (HMP & YOI)', 'HMP/YOI Bedford'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BFI; register name 'Bedford (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Bedford',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-belmarsh', 'HMP & YOI Belmarsh', ('Belmarsh', 'Belmarsh (HMP & YOI)', 'HMP/YOI Belmarsh'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BAI; register name 'Belmarsh (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'London',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-berwyn', 'HMP & YOI Berwyn', ('Berwyn', 'Berwyn (HMP & YOI)', 'Carchar y Berwyn', 'Wrexham'), 'prison and YOI',
  'prisons', 'wales', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BWI; register name 'Berwyn (HMP & YOI)'; types HMP,YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Welsh name from register migration V1_38 (2025-02). "
  'Opened 2017-02-28: first prisoners moved in that afternoon (wrexham.com, 28 Feb 2017); start-date 2017-02 in the '
  'c.2017 prototype register.',
  '2017-02-28', '2017-02-28..', 'no',
  'https://www.wrexham.com/news/wrexhams-new-prison-hmp-berwyn-opens-127529.html ; '
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Wrexham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-birmingham', 'HMP Birmingham', ('Birmingham', 'Birmingham (HMP)'), 'prison', 'prisons', 'england', 'HMPPS',
  'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BMI; register name 'Birmingham (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Birmingham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-brinsford', 'HMP & YOI Brinsford', ('Brinsford', 'Brinsford (HMP & YOI)', 'HMP/YOI Brinsford'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BSI; register name 'Brinsford (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Wolverhampton',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-bristol', 'HMP Bristol', ('Bristol', 'Bristol (HMP & YOI)', 'HMP/YOI Bristol', 'HMP & YOI Bristol'), 'prison',
  'prisons', 'england', 'HMPPS', 'open', 'http://www.doingtime.co.uk/hmp-bristol/hmip-reports-hmp-bristol/?share=email',
  'HMIP report on HMP Bristol, inspection July 2023 (introduction quoted on doingtime.co.uk)', '2023-07',
  "prison-register code BLI; register name 'Bristol (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). KIND CHANGED (prison and YOI -> prison): "
  "HMIP 2023: 'HMP Bristol is a category B reception prison holding up to 580 adult men'. Earlier HMIP reports (2019, "
  "2020) said it held 'male adult and young adult prisoners', so whether any 18-20-year-olds are still held is "
  "UNCERTAIN; the register's 'Bristol (HMP & YOI)' (2022-05) is stale for the name.",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Bristol',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-brixton', 'HMP Brixton', ('Brixton', 'Brixton (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BXI; register name 'Brixton (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'London',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-bronzefield', 'HMP & YOI Bronzefield',
  ('Bronzefield', 'Bronzefield (HMP & YOI)', 'HMP/YOI Bronzefield', 'HMP Bronzefield'), 'prison and YOI', 'prisons',
  'england', 'Sodexo', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BZI; register name 'Bronzefield (HMP & YOI)'; types HMP,YOI; contracted=yes; female; register "
  'operator (2022-05): Sodexo. operator Sodexo also listed in a July 2023 summary (scribd.com/document/733544973)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Ashford',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-buckley-hall', 'HMP Buckley Hall', ('Buckley Hall', 'Buckley Hall (HMP)'), 'prison', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BCI; register name 'Buckley Hall (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Rochdale',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-bullingdon', 'HMP & YOI Bullingdon', ('Bullingdon', 'Bullingdon (HMP & YOI)', 'HMP/YOI Bullingdon'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BNI; register name 'Bullingdon (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Bicester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-bure', 'HMP Bure', ('Bure', 'Bure (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code BRI; register name 'Bure (HMP)'; types HMP; contracted=no; male; register operator (2022-05): "
  "PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Norwich',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-cardiff', 'HMP & YOI Cardiff', ('Cardiff', 'Cardiff (HMP & YOI)', 'HMP/YOI Cardiff', 'Carchar Caerdydd'),
  'prison and YOI', 'prisons', 'wales', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code CFI; register name 'Cardiff (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Welsh name from register migration V1_38 "
  "(2025-02). UNCERTAIN kind: HMIP calls it 'HMP Cardiff', 'a category B local prison for men' (2019 report; 2024 "
  'report titled HMP Cardiff); no current source seen says it no longer holds young offenders (18-20), so kind left as '
  'in the register.',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Cardiff',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-channings-wood', 'HMP Channings Wood', ('Channings Wood', 'Channings Wood (HMP)'), 'prison', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code CWI; register name 'Channings Wood (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Newton Abbot',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-chelmsford', 'HMP & YOI Chelmsford', ('Chelmsford', 'Chelmsford (HMP & YOI)', 'HMP/YOI Chelmsford'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code CDI; register name 'Chelmsford (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Chelmsford',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-coldingley', 'HMP Coldingley', ('Coldingley', 'Coldingley (HMP)'), 'prison', 'prisons', 'england', 'HMPPS',
  'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code CLI; register name 'Coldingley (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Woking',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmyoi-cookham-wood', 'HMYOI Cookham Wood',
  ('Cookham Wood', 'Cookham Wood (HMYOI)', 'Cookham Wood YOI', 'Cookham Wood, Rochester'), 'young offender institution',
  'prisons', 'england', 'HMPPS', 'closed 2024-04-17/2024-12',
  'https://hmiprisons.justiceinspectorates.gov.uk/?p=3542&post_type=hmipris_reports',
  'HM Inspectorate of Prisons: Report on an independent review of progress at HMYOI Cookham Wood (9-17 April 2024)',
  '2024-04',
  "prison-register code CKI; register name 'Cookham Wood (HMYOI)'; types YCS; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). A young offender institution for boys until 2024; "
  "HMP Cookham Wood, the adult prison on the same site, is listed apart. HM Inspectorate of Prisons' review of 9-17 "
  "April 2024: 'For those boys who remained at Cookham Wood, however, time out of cell remained very poor', with "
  "closure 'expected to take place just weeks later at the end of May'. HMIP, Children in custody 2024-25: 'Appalling "
  "findings at Cookham Wood in 2023 had led to its closure as a YOI in 2024' (no month given). So it closed as a YOI "
  'at some point between 17 April 2024 and the end of 2024. News (not an official source): ITV, 6 August 2024, calls '
  'it a former YOI.',
  None, '..2024-04-17/2024-12', 'yes',
  'https://hmiprisons.justiceinspectorates.gov.uk/?p=3542&post_type=hmipris_reports ; '
  'https://hmiprisons.justiceinspectorates.gov.uk/?p=6467',
  'https://hmiprisons.justiceinspectorates.gov.uk/?p=3542&post_type=hmipris_reports ; '
  'https://hmiprisons.justiceinspectorates.gov.uk/?p=3546 ; https://hmiprisons.justiceinspectorates.gov.uk/?p=6467',
  None, 'Rochester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-cookham-wood', 'HMP Cookham Wood',
  ('Cookham Wood', 'HM Prison Cookham Wood', 'Cookham Wood (HMP)', 'Cookham Wood, Rochester'), 'prison', 'prisons',
  'england', 'HMPPS', 'open', 'https://gov.uk/government/news/young-offenders-institution-to-be-repurposed',
  "Ministry of Justice: Young offender's institution to be repurposed", '2024-03',
  "prison-register code CKI; register name 'Cookham Wood (HMYOI)'; types YCS; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). The adult prison on the site of HMYOI Cookham Wood "
  "(listed apart). Ministry of Justice, 21 March 2024: 'the establishment will operate as an adult male prison as "
  "early as the summer' (a plan). UNCERTAIN when it began to hold adults: no official page saying so was found, so it "
  "opened at some point between 17 April 2024 (the YOI's last review) and December 2025 (when the data was last "
  "checked). News (not official): ITV, 6 August 2024, 'HMP Cookham Wood will reopen in the coming weeks'; the "
  "Guardian, 5 August 2024, 'From next week, cells will be used at the newly repurposed HMP Cookham Wood'.",
  '2024-04-17/2025-12', '2024-04-17/2025-12..', 'no',
  'https://hmiprisons.justiceinspectorates.gov.uk/?p=3542&post_type=hmipris_reports ; '
  'https://gov.uk/government/news/young-offenders-institution-to-be-repurposed',
  'https://hmiprisons.justiceinspectorates.gov.uk/?p=3542&post_type=hmipris_reports ; '
  'https://hmiprisons.justiceinspectorates.gov.uk/?p=6467',
  None, 'Rochester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-dartmoor', 'HMP Dartmoor', ('Dartmoor', 'Dartmoor (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code DAI; register name 'Dartmoor (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Yelverton',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-deerbolt', 'HMP & YOI Deerbolt', ('Deerbolt', 'Deerbolt (HMP & YOI)', 'HMYOI Deerbolt'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code DTI; register name 'Deerbolt (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Barnard Castle',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-doncaster', 'HMP & YOI Doncaster', ('Doncaster', 'Doncaster (HMP & YOI)', 'HMP/YOI Doncaster', 'HMP Doncaster'),
  'prison and YOI', 'prisons', 'england', 'Serco', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code DNI; register name 'Doncaster (HMP & YOI)'; types HMP,YOI; contracted=yes; male; register "
  'operator (2022-05): Serco. operator Serco also listed in a July 2023 summary (scribd.com/document/733544973)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Doncaster',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-dovegate', 'HMP Dovegate', ('Dovegate', 'Dovegate (HMP)'), 'prison', 'prisons', 'england', 'Serco', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code DGI; register name 'Dovegate (HMP)'; types HMP; contracted=yes; male; register operator "
  '(2022-05): Serco. operator Serco also listed in a July 2023 summary (scribd.com/document/733544973)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Uttoxeter',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-downview', 'HMP & YOI Downview', ('Downview', 'Downview (HMP & YOI)', 'HMP/YOI Downview'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code DWI; register name 'Downview (HMP & YOI)'; types HMP,YOI; contracted=no; female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Not in use on 14 Dec 2014: emptied of its "
  "women prisoners in Oct 2013 for a planned re-role to a men's prison (Sutton Guardian, 2014) and 'empty for two "
  "years' before taking women from Holloway (Women in Prison). Reopened for women between the Holloway closure "
  "announcement (25 Nov 2015) and Holloway's last prisoners leaving (17 Jun 2016); BBC: 'The first prisoners have been "
  'moved to HMP Downview\' (article date not seen). HM Inspectorate of Prisons (2017): "The prison reopened in May '
  '2016".',
  '2016-05', '2016-05..', 'no',
  'http://www.suttonguardian.co.uk/news/11182657.Downview_due_to_reopen_as_male_prison_in_October/?ref=rss ; '
  'https://womeninprison.org.uk/news/after-holloway ; https://www.bbc.com/news/uk-england-36198743 ; '
  'https://www.imb.org.uk/holloway-imb-publish-last-annual-report/ ; '
  'https://www.doingtime.co.uk/hmp-downview/hmip-inspections-of-downview/',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Sutton',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-drake-hall', 'HMP & YOI Drake Hall', ('Drake Hall', 'Drake Hall (HMP & YOI)', 'HMP/YOI Drake Hall'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code DHI; register name 'Drake Hall (HMP & YOI)'; types HMP,YOI; contracted=no; female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Eccleshall',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-durham', 'HMP & YOI Durham', ('Durham', 'Durham (HMP & YOI)', 'HMP/YOI Durham'), 'prison and YOI', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code DMI; register name 'Durham (HMP & YOI)'; types HMP,YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Durham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-east-sutton-park', 'HMP & YOI East Sutton Park',
  ('East Sutton Park', 'East Sutton Park (HMP & YOI)', 'HMP/YOI East Sutton Park'), 'prison and YOI', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code ESI; register name 'East Sutton Park (HMP & YOI)'; types HMP,YOI; contracted=no; female; "
  "register operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Maidstone',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-eastwood-park', 'HMP & YOI Eastwood Park',
  ('Eastwood Park', 'Eastwood Park (HMP & YOI)', 'HMP/YOI Eastwood Park'), 'prison and YOI', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code EWI; register name 'Eastwood Park (HMP & YOI)'; types HMP,YOI; contracted=no; female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). holds_children: listed on an older "
  "justice.gov.uk page as holding young people under 18 (a girls' unit, or boys at Warren Hill); not among the "
  'under-18 YOIs from April 2015 (PQ 133374) - UNCERTAIN for 14 Dec 2014 to 31 Mar 2015.',
  None, '..', 'no:2015-04..',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.parallelparliament.co.uk/question/133374/young-offenders ; '
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions',
  None, 'Wotton-under-Edge',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-elmley', 'HMP & YOI Elmley', ('Elmley', 'Elmley (HMP & YOI)', 'HMP/YOI Elmley'), 'prison and YOI', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code EYI; register name 'Elmley (HMP & YOI)'; types HMP,YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Sheerness',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-erlestoke', 'HMP & YOI Erlestoke', ('Erlestoke', 'Erlestoke (HMP & YOI)', 'HMP Erlestoke'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code EEI; register name 'Erlestoke (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Devizes',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-exeter', 'HMP & YOI Exeter', ('Exeter', 'Exeter (HMP & YOI)', 'HMP/YOI Exeter'), 'prison and YOI', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code EXI; register name 'Exeter (HMP & YOI)'; types HMP,YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). UNCERTAIN kind: HMIP calls it 'HMP Exeter', 'a "
  "category B local and resettlement prison' (2019 independent review of progress); no current source seen says it no "
  'longer holds young offenders (18-20), so kind left as in the register.',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Exeter',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-featherstone', 'HMP Featherstone', ('Featherstone', 'Featherstone (HMP)'), 'prison', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code FSI; register name 'Featherstone (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Wolverhampton',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-feltham', 'HMP Feltham', ('Feltham', 'Feltham (HMP)'), 'young offender institution', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code FMI; register name 'Feltham (HMP)'; types YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). register has two Feltham entries: FMI 'Feltham "
  "(HMP)' typed YOI and FYI 'Feltham (HMYOI)' typed YCS (children); inspected as separate establishments. Feltham B "
  "(18-21): holds_children=no; the children's part is the separate row hmyoi-feltham.",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Feltham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmyoi-feltham', 'HMYOI Feltham', ('Feltham', 'Feltham (HMYOI)'), 'young offender institution', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code FYI; register name 'Feltham (HMYOI)'; types YCS; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). register has two Feltham entries: FMI 'Feltham "
  "(HMP)' typed YOI and FYI 'Feltham (HMYOI)' typed YCS (children); inspected as separate establishments. Feltham A: "
  "the children's (under-18) part of Feltham; one of five YOIs holding children (IICSA; PQ 133374, 2016-2018).",
  None, '..', 'yes',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Feltham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-five-wells', 'HMP Five Wells', ('Five Wells', 'Five Wells (HMP)', 'Wellingborough'), 'prison', 'prisons',
  'england', 'G4S', 'open', 'https://hansard.parliament.uk/commons/2022-03-07/debates/22030711000010/NewPrisons',
  "Hansard, House of Commons, 7 March 2022: New Prisons (the operator and opening were read at a copy of Wikipedia's "
  'article, read_at)',
  '2022-03',
  "prison-register code FWI; register name 'Five Wells (HMP)'; types HMP; contracted=yes; male; register operator "
  '(2022-05): PSP. First prisoners arrived 4 Feb 2022 (written ministerial statement, 7 Mar 2022); officially opened '
  'early March 2022 on the site of HMP Wellingborough; operated by G4S (10-year contract). Register lists operator PSP '
  'but contracted=true.',
  '2022-02-04', '2022-02-04..', 'no',
  'https://hansard.parliament.uk/commons/2022-03-07/debates/22030711000010/NewPrisons',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  'https://wikimili.com/en/Five_Wells_Prison', 'Wellingborough',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-ford', 'HMP Ford', ('Ford', 'Ford (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code FDI; register name 'Ford (HMP)'; types HMP; contracted=no; male; register operator (2022-05): "
  "PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Arundel',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-forest-bank', 'HMP & YOI Forest Bank',
  ('Forest Bank', 'Forest Bank (HMP & YOI)', 'HMP/YOI Forest Bank', 'HMP Forest Bank'), 'prison and YOI', 'prisons',
  'england', 'Sodexo', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code FBI; register name 'Forest Bank (HMP & YOI)'; types HMP,YOI; contracted=yes; male; register "
  'operator (2022-05): Sodexo. operator Sodexo also listed in a July 2023 summary (scribd.com/document/733544973)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Manchester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_16__update_prison_address.sql'),
 ('hmp-foston-hall', 'HMP & YOI Foston Hall', ('Foston Hall', 'Foston Hall (HMP & YOI)', 'HMP/YOI Foston Hall'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code FHI; register name 'Foston Hall (HMP & YOI)'; types HMP,YOI; contracted=no; female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Derby',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-frankland', 'HMP Frankland', ('Frankland', 'Frankland (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code FKI; register name 'Frankland (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Durham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-full-sutton', 'HMP Full Sutton', ('Full Sutton', 'Full Sutton (HMP)'), 'prison', 'prisons', 'england', 'HMPPS',
  'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code FNI; register name 'Full Sutton (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'York',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-garth', 'HMP Garth', ('Garth', 'Garth (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code GHI; register name 'Garth (HMP)'; types HMP; contracted=no; male; register operator (2022-05): "
  "PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Leyland',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-gartree', 'HMP Gartree', ('Gartree', 'Gartree (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code GTI; register name 'Gartree (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Market Harborough',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-grendon', 'HMP Grendon', ('Grendon', 'Grendon (HMP)', 'HMP Grendon/Spring Hill'), 'prison', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code GNI; register name 'Grendon (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Aylesbury',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-guys-marsh', 'HMP Guys Marsh', ('Guys Marsh', 'Guys Marsh (HMP)'), 'prison', 'prisons', 'england', 'HMPPS',
  'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code GMI; register name 'Guys Marsh (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Shaftesbury',
  'https://github.com/ministryofjustice/prison-visits-2/blob/04aac4a1ad61b06911d607d4879f65c838742e28/db/seeds/prisons/GMI-guys-marsh.yml'),
 ('hmp-hatfield', 'HMP & YOI Hatfield', ('Hatfield', 'Hatfield (HMP & YOI)', 'HMP/YOI Hatfield'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HDI; register name 'Hatfield (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Doncaster',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-haverigg', 'HMP Haverigg', ('Haverigg', 'Haverigg (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HVI; register name 'Haverigg (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Millom',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_16__update_prison_address.sql'),
 ('hmp-hewell', 'HMP Hewell', ('Hewell', 'Hewell (HMP)', 'HMP/YOI Hewell'), 'prison', 'prisons', 'england', 'HMPPS',
  'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HEI; register name 'Hewell (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Redditch',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-high-down', 'HMP & YOI High Down', ('High Down', 'High Down (HMP & YOI)', 'HMP/YOI High Down'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HOI; register name 'High Down (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Sutton',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-highpoint', 'HMP Highpoint', ('Highpoint', 'Highpoint (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HPI; register name 'Highpoint (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Newmarket',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-hindley', 'HMP & YOI Hindley', ('Hindley', 'Hindley (HMP & YOI)', 'HMP/YOI Hindley'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HII; register name 'Hindley (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). holds_children: the lower site held 161 "
  "boys aged 16-17 at HMIP's May 2014 inspection; the YJB withdrew from all 248 under-18 places, returning the site "
  "'by March 2015' (gov.uk press release, undated); Hindley is not among the under-18 YOIs in PQ 133374 (years ending "
  "March 2016-2018). Last child's departure date UNCERTAIN.",
  None, '..', 'yes:..2014-05/2015-03',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2014/08/hmyoi-hindley-some-impressive-improvements-but-challenges-remain/ '
  '; https://www.gov.uk/government/news/yjb-to-withdraw-from-hassockfield-stc-and-hindley-yoi ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Wigan',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-hollesley-bay', 'HMP & YOI Hollesley Bay',
  ('Hollesley Bay', 'Hollesley Bay (HMP & YOI)', 'HMP/YOI Hollesley Bay'), 'prison and YOI', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HBI; register name 'Hollesley Bay (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Woodbridge',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_16__update_prison_address.sql'),
 ('hmp-holme-house', 'HMP & YOI Holme House', ('Holme House', 'Holme House (HMP & YOI)', 'HMP/YOI Holme House'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HHI; register name 'Holme House (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Stockton-on-Tees',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-hull', 'HMP & YOI Hull', ('Hull', 'Hull (HMP & YOI)', 'HMP/YOI Hull'), 'prison and YOI', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HLI; register name 'Hull (HMP & YOI)'; types HMP,YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Hull',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-humber', 'HMP Humber', ('Humber', 'Humber (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HMI; register name 'Humber (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Brough',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-huntercombe', 'HMP Huntercombe', ('Huntercombe', 'Huntercombe (HMP)'), 'prison', 'prisons', 'england', 'HMPPS',
  'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code HCI; register name 'Huntercombe (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Henley-on-Thames',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-isis', 'HMP & YOI Isis', ('Isis', 'Isis (HMP & YOI)', 'HMP/YOI Isis'), 'prison and YOI', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code ISI; register name 'Isis (HMP & YOI)'; types HMP,YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'London',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-isle-of-wight', 'HMP & YOI Isle of Wight',
  ('Isle of Wight', 'Isle Of Wight (HMP & YOI)', 'HMP/YOI Isle of Wight', 'Parkhurst', 'Albany'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code IWI; register name 'Isle Of Wight (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Parkhurst and Albany are the two sites "
  "merged into HMP Isle of Wight in 2009 (HMIP 2022 report via doingtime). UNCERTAIN kind: HMIP calls it 'HMP Isle of "
  "Wight', a category B training prison for men (2015, 2019, 2022 reports); no current source seen says it no longer "
  'holds young offenders (18-20), so kind left as in the register.',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Newport',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-kirkham', 'HMP Kirkham', ('Kirkham', 'Kirkham (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code KMI; register name 'Kirkham (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Preston',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-kirklevington-grange', 'HMP & YOI Kirklevington Grange',
  ('Kirklevington Grange', 'Kirklevington Grange (HMP & YOI)', 'HMP/YOI Kirklevington Grange'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code KVI; register name 'Kirklevington Grange (HMP & YOI)'; types HMP,YOI; contracted=no; male; "
  "register operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Yarm',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-lancaster-farms', 'HMP Lancaster Farms', ('Lancaster Farms', 'Lancaster Farms (HMP)'), 'prison', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LFI; register name 'Lancaster Farms (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Lancaster',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-leeds', 'HMP Leeds', ('Leeds', 'Leeds (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LEI; register name 'Leeds (HMP)'; types HMP; contracted=no; male; register operator (2022-05): "
  "PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Leeds',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-leicester', 'HMP Leicester', ('Leicester', 'Leicester (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LCI; register name 'Leicester (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Leicester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-lewes', 'HMP & YOI Lewes', ('Lewes', 'Lewes (HMP & YOI)', 'HMP/YOI Lewes'), 'prison and YOI', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LWI; register name 'Lewes (HMP & YOI)'; types HMP,YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Lewes',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-leyhill', 'HMP Leyhill', ('Leyhill', 'Leyhill (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LYI; register name 'Leyhill (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, None, None),
 ('hmp-lincoln', 'HMP & YOI Lincoln', ('Lincoln', 'Lincoln (HMP & YOI)', 'HMP/YOI Lincoln'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LII; register name 'Lincoln (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Lincoln',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-lindholme', 'HMP Lindholme', ('Lindholme', 'Lindholme (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LHI; register name 'Lindholme (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Doncaster',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-littlehey', 'HMP Littlehey', ('Littlehey', 'Littlehey (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LTI; register name 'Littlehey (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Huntingdon',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-liverpool', 'HMP Liverpool', ('Liverpool', 'Liverpool (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LPI; register name 'Liverpool (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Liverpool',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-long-lartin', 'HMP Long Lartin', ('Long Lartin', 'Long Lartin (HMP)'), 'prison', 'prisons', 'england', 'HMPPS',
  'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LLI; register name 'Long Lartin (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Evesham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-low-newton', 'HMP & YOI Low Newton', ('Low Newton', 'Low Newton (HMP & YOI)', 'HMP/YOI Low Newton'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code LNI; register name 'Low Newton (HMP & YOI)'; types HMP,YOI; contracted=no; female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Durham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_16__update_prison_address.sql'),
 ('hmp-lowdham-grange', 'HMP Lowdham Grange', ('Lowdham Grange', 'Lowdham Grange (HMP)'), 'prison', 'prisons',
  'england', 'Sodexo', 'open',
  'https://www.wired-gov.net/wg/news.nsf/articles/hmp+lowdham+grange+contract+to+transition+to+public+sector+control+23052024131500?open',
  'Ministry of Justice: HMP Lowdham Grange contract to transition to public sector control (via wired-gov)', '2024-05',
  "prison-register code LGI; register name 'Lowdham Grange (HMP)'; types HMP; contracted=yes; male; register operator "
  '(2022-05): Serco. UNCERTAIN operator: register (2022-05) says Serco; Sodexo contract from Feb 2023; HMPPS stepped '
  'in 2023-12-18; MoJ said 2024-05-23 the transfer to public sector control was anticipated in summer 2024. Completion '
  'not seen in any source.',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Lowdham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-maidstone', 'HMP Maidstone', ('Maidstone', 'Maidstone (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code MSI; register name 'Maidstone (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Maidstone',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-manchester', 'HMP & YOI Manchester', ('Manchester', 'Manchester (HMP & YOI)', 'HMP/YOI Manchester'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code MRI; register name 'Manchester (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Manchester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-moorland', 'HMP & YOI Moorland', ('Moorland', 'Moorland (HMP & YOI)', 'HMP/YOI Moorland'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code MDI; register name 'Moorland (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Doncaster',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-morton-hall', 'HMP Morton Hall', ('Morton Hall', 'Morton Hall (HMP)', 'Swinderby'), 'prison', 'prisons',
  'england', 'HMPPS', 'open', None,
  "HM Prison Morton Hall (Wikipedia's article, read only at a copy: read_at); no publisher's page for its role as a "
  'prison was found',
  '2023',
  "prison-register code MHI; register name 'Morton Hall (HMP)'; types IRC; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Category C men's prison operated by HM Prison "
  'Service; was an IRC 2011-2021 (IRC ceased 2021-07-23 per BBC). Register still has prison_type IRC (2022-05): stale. '
  'Separate row morton-hall-irc for the former IRC. Not a prison on 14 Dec 2014 (an IRC 2011-2021, row '
  "morton-hall-irc). Reopened as a men's prison: BBC (Sep 2021) 'to reopen ... in early December'; the IMB's first "
  'prison reporting year ran Dec 2021 - Dec 2022 (accountabilityindex summary of the IMB 2022 report).',
  '2021-12', '2021-12..', 'no',
  'https://feeds.bbci.co.uk/news/uk-england-lincolnshire-58447958 ; '
  'https://www.accountabilityindex.uk/sources/imb/1136/',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  'https://WikiMili.com/en/HM_Prison_Morton_Hall', 'Lincoln',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-new-hall', 'HMP & YOI New Hall', ('New Hall', 'New Hall (HMP & YOI)', 'HMP/YOI New Hall'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code NHI; register name 'New Hall (HMP & YOI)'; types HMP,YOI; contracted=no; female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). holds_children: listed on an older "
  "justice.gov.uk page as holding young people under 18 (a girls' unit, or boys at Warren Hill); not among the "
  'under-18 YOIs from April 2015 (PQ 133374) - UNCERTAIN for 14 Dec 2014 to 31 Mar 2015.',
  None, '..', 'no:2015-04..',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.parallelparliament.co.uk/question/133374/young-offenders ; '
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions',
  None, 'Wakefield',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_16__update_prison_address.sql'),
 ('hmp-north-sea-camp', 'HMP North Sea Camp', ('North Sea Camp', 'North Sea Camp (HMP)'), 'prison', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code NSI; register name 'North Sea Camp (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Boston',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-northumberland', 'HMP Northumberland', ('Northumberland', 'Northumberland (HMP)'), 'prison', 'prisons',
  'england', 'Sodexo', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code NLI; register name 'Northumberland (HMP)'; types HMP; contracted=yes; male; register operator "
  '(2022-05): Sodexo',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Morpeth',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-norwich', 'HMP & YOI Norwich', ('Norwich', 'Norwich (HMP & YOI)', 'HMP/YOI Norwich'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code NWI; register name 'Norwich (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Norwich',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-nottingham', 'HMP & YOI Nottingham', ('Nottingham', 'Nottingham (HMP & YOI)', 'HMP/YOI Nottingham'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code NMI; register name 'Nottingham (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Nottingham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-oakwood', 'HMP Oakwood', ('Oakwood', 'Oakwood (HMP)'), 'prison', 'prisons', 'england', 'G4S', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code OWI; register name 'Oakwood (HMP)'; types HMP; contracted=yes; male; register operator "
  '(2022-05): G4S. operator G4S also listed in a July 2023 summary (scribd.com/document/733544973)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Wolverhampton',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_16__update_prison_address.sql'),
 ('hmp-onley', 'HMP Onley', ('Onley', 'Onley (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code ONI; register name 'Onley (HMP)'; types HMP; contracted=no; male; register operator (2022-05): "
  "PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Rugby',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-parc', 'HMP & YOI Parc', ('Parc', 'Parc (HMP & YOI)', 'HMP/YOI Parc', 'HMP Parc', 'Carchar Parc'),
  'prison and YOI', 'prisons', 'wales', 'G4S', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code PRI; register name 'Parc (HMP & YOI)'; types HMP,YOI; contracted=yes; male; register operator "
  '(2022-05): G4S. operator G4S also listed in a July 2023 summary (scribd.com/document/733544973). Welsh name from '
  "register migration V1_38 (2025-02). register has two Parc entries: PRI adult HMP & YOI and PYI the children's "
  '(Youth Custody Service) unit',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Bridgend',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmyoi-parc', 'HMYOI Parc', ('Parc', 'Parc (HMYOI)', 'Sefydliad Troseddwyr Ifanc y Parc'),
  'young offender institution', 'prisons', 'wales', 'G4S', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code PYI; register name 'Parc (HMYOI)'; types YCS; contracted=yes; male; register operator "
  '(2022-05): G4S. Welsh name from register migration V1_38 (2025-02). register has two Parc entries: PRI adult HMP & '
  "YOI and PYI the children's (Youth Custody Service) unit. The children's (under-18) unit at Parc, Bridgend; one of "
  'five YOIs holding children (IICSA; PQ 133374).',
  None, '..', 'yes',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Bridgend',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-pentonville', 'HMP & YOI Pentonville', ('Pentonville', 'Pentonville (HMP & YOI)', 'HMP/YOI Pentonville'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code PVI; register name 'Pentonville (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'London',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-peterborough', 'HMP & YOI Peterborough',
  ('Peterborough', 'Peterborough (HMP & YOI)', 'HMP/YOI Peterborough', 'HMP Peterborough'), 'prison and YOI', 'prisons',
  'england', 'Sodexo', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code PBI; register name 'Peterborough (HMP & YOI)'; types HMP,YOI; contracted=yes; male; register "
  'operator (2022-05): Sodexo. operator Sodexo also listed in a July 2023 summary (scribd.com/document/733544973). '
  'register has separate male (PBI) and female (PFI) Peterborough entries on one site',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Peterborough',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-peterborough-female', 'HMP & YOI Peterborough Female',
  ('Peterborough Female', 'Peterborough Female (HMP & YOI)'), 'prison and YOI', 'prisons', 'england', 'Sodexo', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code PFI; register name 'Peterborough Female (HMP & YOI)'; types HMP,YOI; contracted=yes; female; "
  'register operator (2022-05): Sodexo. register has separate male (PBI) and female (PFI) Peterborough entries on one '
  'site',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Peterborough',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-portland', 'HMP & YOI Portland', ('Portland', 'Portland (HMP & YOI)', 'HMP/YOI Portland'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code PDI; register name 'Portland (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Portland',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-prescoed', 'HMP & YOI Prescoed', ('Prescoed', 'Prescoed (HMP & YOI)', 'Carchar Prescoed'), 'prison and YOI',
  'prisons', 'wales', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code UPI; register name 'Prescoed (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Welsh name from register migration V1_38 "
  '(2025-02)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Pontypool',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-preston', 'HMP & YOI Preston', ('Preston', 'Preston (HMP & YOI)', 'HMP/YOI Preston'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code PNI; register name 'Preston (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Preston',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-ranby', 'HMP Ranby', ('Ranby', 'Ranby (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code RNI; register name 'Ranby (HMP)'; types HMP; contracted=no; male; register operator (2022-05): "
  "PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Retford',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-risley', 'HMP Risley', ('Risley', 'Risley (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code RSI; register name 'Risley (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Warrington',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-rochester', 'HMP & YOI Rochester', ('Rochester', 'Rochester (HMP & YOI)', 'HMP/YOI Rochester'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code RCI; register name 'Rochester (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Rochester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-rye-hill', 'HMP Rye Hill', ('Rye Hill', 'Rye Hill (HMP)'), 'prison', 'prisons', 'england', 'G4S', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code RHI; register name 'Rye Hill (HMP)'; types HMP; contracted=yes; male; register operator "
  '(2022-05): G4S. operator G4S also listed in a July 2023 summary (scribd.com/document/733544973)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Rugby',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-send', 'HMP Send', ('Send', 'Send (HMP)', 'HMP/YOI Send'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SDI; register name 'Send (HMP)'; types HMP; contracted=no; female; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Woking',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-spring-hill', 'HMP Spring Hill', ('Spring Hill', 'Spring Hill (HMP)'), 'prison', 'prisons', 'england', 'HMPPS',
  'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SPI; register name 'Spring Hill (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Aylesbury',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-stafford', 'HMP Stafford', ('Stafford', 'Stafford (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SFI; register name 'Stafford (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Stafford',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-standford-hill', 'HMP & YOI Standford Hill',
  ('Standford Hill', 'Standford Hill (HMP & YOI)', 'HMP/YOI Standford Hill'), 'prison and YOI', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code EHI; register name 'Standford Hill (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Sheerness',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-stocken', 'HMP Stocken', ('Stocken', 'Stocken (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SKI; register name 'Stocken (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Oakham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-stoke-heath', 'HMP & YOI Stoke Heath', ('Stoke Heath', 'Stoke Heath (HMP & YOI)', 'HMP/YOI Stoke Heath'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SHI; register name 'Stoke Heath (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Market Drayton',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-styal', 'HMP & YOI Styal', ('Styal', 'Styal (HMP & YOI)', 'HMP/YOI Styal'), 'prison and YOI', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code STI; register name 'Styal (HMP & YOI)'; types HMP,YOI; contracted=no; female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Wilmslow',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-sudbury', 'HMP & YOI Sudbury', ('Sudbury', 'Sudbury (HMP & YOI)', 'HMP/YOI Sudbury'), 'prison and YOI',
  'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SUI; register name 'Sudbury (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Ashbourne',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-swaleside', 'HMP Swaleside', ('Swaleside', 'Swaleside (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SLI; register name 'Swaleside (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Sheerness',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_16__update_prison_address.sql'),
 ('hmp-swansea', 'HMP & YOI Swansea', ('Swansea', 'Swansea (HMP & YOI)', 'HMP/YOI Swansea', 'Carchar Abertawe'),
  'prison and YOI', 'prisons', 'wales', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SWI; register name 'Swansea (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Welsh name from register migration V1_38 "
  '(2025-02)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Swansea',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-swinfen-hall', 'HMP & YOI Swinfen Hall', ('Swinfen Hall', 'Swinfen Hall (HMP & YOI)', 'HMP/YOI Swinfen Hall'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code SNI; register name 'Swinfen Hall (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Lichfield',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-thameside', 'HMP & YOI Thameside', ('Thameside', 'Thameside (HMP & YOI)', 'HMP/YOI Thameside', 'HMP Thameside'),
  'prison and YOI', 'prisons', 'england', 'Serco', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code TSI; register name 'Thameside (HMP & YOI)'; types HMP,YOI; contracted=yes; male; register "
  'operator (2022-05): Serco. operator Serco also listed in a July 2023 summary (scribd.com/document/733544973)',
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'London',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-the-mount', 'HMP The Mount', ('The Mount', 'The Mount (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code MTI; register name 'The Mount (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Hemel Hempstead',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-the-verne', 'HMP The Verne', ('The Verne', 'The Verne (HMP)', 'The Verne, Portland'), 'prison', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code VEI; register name 'The Verne (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Not a prison on 14 Dec 2014: it was then The Verne "
  "IRC (row the-verne-irc). The Home Office said in Oct 2017 the IRC would close and 'be reopened as a Category C "
  "prison in 2018'; WikiMili: 're-opened in 2018' (month not seen).",
  '2018', '2018..', 'no',
  'https://www.dorsetecho.co.uk/news/15587684.portland-immigration-removal-centre-the-verne-to-revert-to-mens-prison/',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  'https://wikimili.com/en/HM_Prison_The_Verne', 'Portland',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-thorn-cross', 'HMP & YOI Thorn Cross', ('Thorn Cross', 'Thorn Cross (HMP & YOI)', 'HMP/YOI Thorn Cross'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code TCI; register name 'Thorn Cross (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Warrington',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-usk', 'HMP Usk', ('Usk', 'Usk (HMP)', 'HMP Usk and HMP/YOI Prescoed', 'Carchar Brynbuga'), 'prison', 'prisons',
  'wales', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code UKI; register name 'Usk (HMP)'; types HMP; contracted=no; male; register operator (2022-05): "
  "PSP ('PSP' = public sector prison, shown as HMPPS). Welsh name from register migration V1_38 (2025-02)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Usk',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-wakefield', 'HMP Wakefield', ('Wakefield', 'Wakefield (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WDI; register name 'Wakefield (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Wakefield',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-wandsworth', 'HMP & YOI Wandsworth', ('Wandsworth', 'Wandsworth (HMP & YOI)', 'HMP/YOI Wandsworth'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WWI; register name 'Wandsworth (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'London',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-warren-hill', 'HMP & YOI Warren Hill', ('Warren Hill', 'Warren Hill (HMP & YOI)', 'HMP/YOI Warren Hill'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WII; register name 'Warren Hill (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). holds_children: listed on an older "
  "justice.gov.uk page as holding young people under 18 (a girls' unit, or boys at Warren Hill); not among the "
  'under-18 YOIs from April 2015 (PQ 133374) - UNCERTAIN for 14 Dec 2014 to 31 Mar 2015.',
  None, '..', 'no:2015-04..',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.parallelparliament.co.uk/question/133374/young-offenders ; '
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions',
  None, 'Woodbridge',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-wayland', 'HMP Wayland', ('Wayland', 'Wayland (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WLI; register name 'Wayland (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Thetford',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-wealstun', 'HMP Wealstun', ('Wealstun', 'Wealstun (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WEI; register name 'Wealstun (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Wetherby',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmyoi-werrington', 'HMYOI Werrington', ('Werrington', 'Werrington (HMYOI)'), 'young offender institution', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WNI; register name 'Werrington (HMYOI)'; types YCS; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). One of five YOIs holding children (IICSA; PQ "
  '133374).',
  None, '..', 'yes',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Stoke-on-Trent',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmyoi-wetherby', 'HMYOI Wetherby', ('Wetherby', 'Wetherby (HMYOI)'), 'young offender institution', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WYI; register name 'Wetherby (HMYOI)'; types YCS; contracted=no; male/female; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS). Holds children (boys 15-17; Keppel unit for "
  'particularly vulnerable boys, HMIP 2021); girls also placed here from 2021 after Rainsbrook closed '
  '(reformingprisons 2022).',
  None, '..', 'yes',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders ; '
  'https://reformingprisons.blogspot.com/2022/?m=0',
  'https://vdocument.in/hmyoi-wetherby-and-the-keppel-unit-justice-inspectorates.html', 'Wetherby',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-whatton', 'HMP Whatton', ('Whatton', 'Whatton (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WTI; register name 'Whatton (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Nottingham',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-whitemoor', 'HMP Whitemoor', ('Whitemoor', 'Whitemoor (HMP)'), 'prison', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WRI; register name 'Whitemoor (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'March',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-winchester', 'HMP & YOI Winchester', ('Winchester', 'Winchester (HMP & YOI)', 'HMP/YOI Winchester'),
  'prison and YOI', 'prisons', 'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WCI; register name 'Winchester (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Winchester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-woodhill', 'HMP Woodhill', ('Woodhill', 'Woodhill (HMP)', 'HMP/YOI Woodhill'), 'prison', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WHI; register name 'Woodhill (HMP)'; types HMP; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Milton Keynes',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-wormwood-scrubs', 'HMP & YOI Wormwood Scrubs',
  ('Wormwood Scrubs', 'Wormwood Scrubs (HMP & YOI)', 'HMP/YOI Wormwood Scrubs'), 'prison and YOI', 'prisons', 'england',
  'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WSI; register name 'Wormwood Scrubs (HMP & YOI)'; types HMP,YOI; contracted=no; male; register "
  "operator (2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'London',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('hmp-wymott', 'HMP & YOI Wymott', ('Wymott', 'Wymott (HMP & YOI)', 'HMP/YOI Wymott'), 'prison and YOI', 'prisons',
  'england', 'HMPPS', 'open',
  'https://github.com/ministryofjustice/prison-register/tree/8dc0227fee2c48dcad4227aeb7bd9abc3c31f211/src/main/resources/db/migration',
  'ministryofjustice/prison-register: Flyway migrations V1_1-V1_40 (prison, prison_type, prison_operator, address '
  'tables)',
  '2022-05',
  "prison-register code WMI; register name 'Wymott (HMP & YOI)'; types HMP,YOI; contracted=no; male; register operator "
  "(2022-05): PSP ('PSP' = public sector prison, shown as HMPPS)",
  None, '..', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Leyland',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_16__update_prison_address.sql'),
 ('hmp-fosse-way', 'HMP & YOI Fosse Way',
  ('Fosse Way', 'Fosse Way (HMP & YOI)', 'HMP Fosse Way', 'HMP and YOI Fosse Way', 'Fosse Way, Glen Parva'),
  'prison and YOI', 'prisons', 'england', 'Serco', 'open',
  'https://feeds.bbci.co.uk/news/uk-england-leicestershire-66056833',
  'BBC News: HMP Fosse Way: Government opens new prison in expansion pledge', '2023-06',
  'Category C, Leicester, on the site of HMP Glen Parva; first inmates 2023-05-29; operator Serco (10-year contract). '
  'prison-register code FEI has types HMP,YOI but active=false and operator PSP (inserted 2022-03 before opening): '
  'stale. Serco July 2023 listing (scribd) agrees',
  '2023-05-29', '2023-05-29..', 'no', 'https://feeds.bbci.co.uk/news/uk-england-leicestershire-66056833',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, None, None),
 ('hmp-millsike', 'HMP Millsike', ('Millsike', 'Millsike (HMP)'), 'prison', 'prisons', 'england', 'Mitie', 'open',
  'https://www.wired-gov.net/wg/news.nsf/articles/first+prisoners+arrive+at+new+1500place+jail+23042025112000?open',
  'Ministry of Justice: First prisoners arrive at new 1,500-place jail (via wired-gov)', '2025-04',
  "Category C resettlement prison next to HMP Full Sutton, East Yorkshire; operational 2025-04-23; 'operated by Mitie "
  "Care and Custody'. Not in the prison-register migrations; NOMIS code MKI / 'Millsike (HMP)' seen in HMPPS test code",
  '2025-04-23', '2025-04-23..', 'no',
  'https://www.wired-gov.net/wg/news.nsf/articles/first+prisoners+arrive+at+new+1500place+jail+23042025112000?open',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'York',
  'https://github.com/ministryofjustice/prison-visits-2/blob/3960e9c2cfba9313ac1ba61d33fea38be1fdf572/db/seeds/prisons/MKI-millsike.yml'),
 ('hmp-holloway', 'HMP Holloway', ('Holloway', 'Holloway (HMP)'), 'prison', 'prisons', 'england', 'public sector (PSP)',
  'closed 2016-06-17',
  'https://github.com/symroe/prison-estate-data/blob/4b10346adea2ff6e63da7999b60fc949112e9afa/data/prison/prison.tsv',
  'symroe/prison-estate-data data/prison/prison.tsv (prototype prison register, OGL data)', '2017',
  'end-date 2016-05 in symroe data; inactive in prison-register (code HYI). Operator column = last public-sector '
  'operator (register PSP). Last prisoners left on 17 Jun 2016 (IMB); symroe end-date 2016-05; other sources say '
  "'closed in July 2016'.",
  None, '..2016-06-17', 'no',
  'https://www.imb.org.uk/holloway-imb-publish-last-annual-report/ ; '
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'London',
  'https://github.com/ministryofjustice/prison-visits-2/blob/109df67d7284c62e90ae4b8b0416ef0f2bab4b1c/db/seeds/prisons/HYI-holloway.yml'),
 ('hmp-kennet', 'HMP Kennet', ('Kennet', 'Kennet (HMP)'), 'prison', 'prisons', 'england', 'public sector (PSP)',
  'closed 2016-12-23',
  'https://github.com/symroe/prison-estate-data/blob/4b10346adea2ff6e63da7999b60fc949112e9afa/data/prison/prison.tsv',
  'symroe/prison-estate-data data/prison/prison.tsv (prototype prison register, OGL data)', '2017',
  'end-date 2016-12 in symroe data; register V1_5 (2022-01) set KTI active=false. Closed 23 Dec 2016 (Wikipedia '
  'mirror); symroe end-date 2016-12.',
  None, '..2016-12-23', 'no',
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  'https://enwikipedia.net/wiki/HM_Prison_Kennet', None, None),
 ('hmp-glen-parva', 'HMP/YOI Glen Parva', ('Glen Parva', 'Glen Parva (HMPYOI & Rc)'), 'prison and YOI', 'prisons',
  'england', 'public sector (PSP)', 'closed 2017-06', 'https://wikiclassic.com/wiki/HM_Prison_Fosse_Way',
  'HM Prison Fosse Way (wikiclassic mirror of Wikipedia)', '2023',
  "'The prison was constructed on the site of HM Prison Glen Parva, which closed in 2017'. Name as in symroe data; "
  "inactive in register (GPI). 'The prison closed in June 2017' (Wikipedia mirror).",
  None, '..2017-06', 'no',
  'https://wikihandbk.com/wiki/%D0%90%D0%BD%D0%B3%D0%BB%D0%B8%D0%B9%D1%81%D0%BA%D0%B0%D1%8F_%D0%92%D0%B8%D0%BA%D0%B8%D0%BF%D0%B5%D0%B4%D0%B8%D1%8F:HM_Prison_Glen_Parva',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, None, None),
 ('hmp-blantyre-house', 'HMP Blantyre House', ('Blantyre House', 'Goudhurst'), 'prison', 'prisons', 'england',
  'public sector (PSP)', 'closed 2015-01/2016-01',
  'https://www.kentonline.co.uk/weald/news/troubled-prison-to-close-for-good-204027/',
  'KentOnline: Ministry of Justice confirms HMP Blantyre House, Goudhurst, to be permanently closed and decommissioned',
  '2019',
  'Category C/D semi-open resettlement prison for men at Goudhurst, Kent; still in use in December 2014 (inmates moved '
  'out from January 2015 at the earliest, KentOnline; also listed, without an end date, in the c.2017 prototype '
  'register, code BH). Closure date UNCERTAIN: KentOnline says the MoJ announced in January 2015 that inmates would be '
  "moved out temporarily ('temporarily closed in 2015'); Wikipedia mirrors: 'closed in January 2016 for "
  "refurbishment'. Permanent closure and decommissioning announced 2019 (KentOnline).",
  None, '..2015-01/2016-01', 'no',
  'https://www.kentonline.co.uk/weald/news/troubled-prison-to-close-for-good-204027/ ; '
  'http://w.owiki.org/wiki/HM_Prison_Blantyre_House ; '
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  'https://www.iicsa.org.uk/publications/investigation/custodial/part-b-context/b2-custodial-institutions ; '
  'https://www.parallelparliament.co.uk/question/133374/young-offenders',
  None, 'Goudhurst',
  'https://github.com/ministryofjustice/prison-visits-2/blob/109df67d7284c62e90ae4b8b0416ef0f2bab4b1c/db/seeds/prisons/BHI-blantyre-house.yml'),
 ('hmp-addiewell', 'HMP Addiewell', ('Addiewell', 'Addiewell prison'), 'prison', 'prisons', 'scotland', 'Sodexo',
  'open', 'https://inkl.com/news/prison-firm-pays-3m-to-shareholders-amid-safety-fears-and-rising-deaths',
  'The Ferret (via inkl): Prison firm pays £3m to shareholders amid safety fears and rising deaths', '2025',
  "Scotland's private prison, West Lothian; run by Sodexo under a PFI deal (2006), opened 2008. as_of inferred from "
  'text (accounts to Nov 2024). HMIPS report Aug 2018 also names Sodexo Justice Services',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-barlinnie', 'HMP Barlinnie', ('Barlinnie', 'HM Prison Barlinnie', 'Bar-L', 'The Big Hoose'), 'prison', 'prisons',
  'scotland', 'SPS', 'open', 'https://feeds.bbci.co.uk/news/uk-scotland-glasgow-west-68591690',
  'BBC News: HMP Kilmarnock transfers into public ownership', '2024-03',
  "Named (Glasgow) in chief inspector's evidence reported 2024-03. Operator: Wikipedia snapshot text 'operated by the "
  "Scottish Prison Service'; nicknames from that snapshot (refract mirror). Replacement HMP Glasgow planned (Sunday "
  'Post 2022)',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, 'Glasgow',
  'https://www.prisonsinspectoratescotland.gov.uk/index.php/publications/report-hmp-barlinnie-full-inspection-23-31-may-2011'),
 ('hmp-castle-huntly', 'HMP Castle Huntly', ('Castle Huntly', 'Longforgan'), 'prison', 'prisons', 'scotland', 'SPS',
  'open', 'https://www.bbc.com/news/uk-scotland-tayside-central-63877242',
  'BBC News: Castle Huntly open prison underused, say inspectors', '2022-12',
  "Scotland's only open prison, Longforgan near Dundee; HMIPS report 2022. SPS operates publicly managed prisons "
  '(SPICe briefing SB 21-33, 2021)',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-dumfries', 'HMP Dumfries', ('Dumfries', 'Dumfries Prison'), 'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://prod.news.stv.tv/scotland/hmp-dumfries-wellbeing-gardens-praised-by-prison-inspectors',
  'STV News: HMP Dumfries wellbeing gardens praised by prison inspectors', '2025',
  'HMIPS inspection (Aug of previous year) under interim chief inspector Stephen Sandham; as_of inferred, page '
  'undated. SPS spokesperson quoted',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-edinburgh', 'HMP Edinburgh',
  ('Edinburgh', 'Saughton', 'Saughton Prison', 'HM Prison Edinburgh (Saughton Prison)', 'Edinburgh, Saughton'),
  'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://www.heraldscotland.com/news/24275838.scotlands-notorious-prisons-stories/?ref=rss',
  "The Herald: Scotland's notorious prisons", '2024-04',
  "'Commonly referred to as Saughton Prison, HMP Edinburgh'. SPS operates publicly managed prisons (SPICe briefing SB "
  "21-33, 2021). 'Edinburgh, Saughton' is the HMCTS list form",
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-glenochil', 'HMP Glenochil', ('Glenochil',), 'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://www.prisonsinspectoratescotland.gov.uk/index.php/publications/report-hmp-glenochil-follow-inspection-22-24-november-2011',
  'HMIPS: Report on HMP Glenochil - Follow-Up Inspection - 22-24 November 2011', '2011-11',
  'No 2023-2025 source seen; still listed as a prison in HMCTS code (hmcts/ia-bail-case-api HearingCentreTest). SPS '
  'operates publicly managed prisons (SPICe briefing SB 21-33, 2021)',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-grampian', 'HMP Grampian', ('Grampian', 'Peterhead'), 'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://worldjusticenews.com/news/2023/05/26/first-look-inside-85m-women-only-jail-hmp-stirling-built-without-bars-on-its-windows-and-cells',
  'World Justice News: First look inside £85m women-only jail HMP Stirling', '2023-05',
  "'Some female inmates are also held at HMP Edinburgh, HMP Greenock, and HMP Grampian'. Built on the Peterhead site "
  '(Scottish Government 2008). SPS operates publicly managed prisons (SPICe briefing SB 21-33, 2021). holds_children: '
  'holds young women/young offenders; whether any were under 18 before Aug 2024 not seen (UNCERTAIN); none since 31 '
  "Aug 2024. Opened before the factsheet's date: first male prisoners 3 Mar 2014 (Buchan Observer). Town: Peterhead.",
  None, '..', 'no:2024-08-31..',
  'https://www.buchanobserver.co.uk/news/crime/hmp-and-yoi-grampian-prepares-to-open-its-doors-1-3317831',
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-greenock', 'HMP Greenock', ('Greenock', 'Gateside'), 'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://feeds.bbci.co.uk/news/uk-scotland-glasgow-west-68591690',
  'BBC News: HMP Kilmarnock transfers into public ownership', '2024-03',
  "Chief inspector said HMP Greenock should be 'bulldozed' (2024-03). Nickname 'Gateside' from a book excerpt only. "
  'SPS operates publicly managed prisons (SPICe briefing SB 21-33, 2021)',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-inverness', 'HMP Inverness',
  ('Inverness', 'Porterfield', 'Porterfield Prison', 'Inverness Prison', 'HM Prison Inverness'), 'prison', 'prisons',
  'scotland', 'SPS', 'open',
  'https://news.stv.tv/highlands-islands/inside-site-of-scotlands-newest-prison-thats-years-late-and-four-times-over-budget',
  "STV News: HMP Highland: Inside the site of Scotland's newest prison", '2025',
  'Victorian Porterfield jail, to be replaced by HMP Highland (under construction; ministers expect opening by August '
  '2026). as_of inferred, page undated. Managed by SPS per Wikipedia mirror (cryer.org.uk)',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-kilmarnock', 'HMP Kilmarnock', ('Kilmarnock', 'Bowhouse'), 'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://feeds.bbci.co.uk/news/uk-scotland-glasgow-west-68591690',
  'BBC News: HMP Kilmarnock transfers into public ownership', '2024-03',
  "Run by Serco for Kilmarnock Prison Services Ltd until contract end 2024-03-17 (BBC); now SPS. 'Bowhouse prison' per "
  'Irvine Times',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-low-moss', 'HMP Low Moss', ('Low Moss', 'Bishopbriggs'), 'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://www.thejusticegap.com/overcrowding-an-enduring-crisis-at-hmp-low-moss-report-finds/',
  "The Justice Gap: Overcrowding an 'enduring crisis' at HMP Low Moss", '2022-07',
  "All-male prison, Bishopbriggs; 'one of 13 operated by the Scottish Prison Service'; HMIPS report published July "
  '2022',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-perth', 'HMP Perth', ('Perth',), 'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://howardleague.scot/tags/hmips', 'Howard League Scotland: HMIPS tag page', '2023-10',
  'HMIPS full inspection of HMP Perth published 2023-10-05. SPS operates publicly managed prisons (SPICe briefing SB '
  '21-33, 2021)',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-polmont', 'HMP & YOI Polmont', ('Polmont', 'HMYOI Polmont', 'HM Young Offenders Institution Polmont'),
  'prison and YOI', 'prisons', 'scotland', 'SPS', 'open', 'https://howardleague.scot/tags/hmips',
  'Howard League Scotland: HMIPS tag page', '2023-12',
  'HMIPS full inspection report published 2023-12-14 (held women and young people). SPS operates publicly managed '
  "prisons (SPICe briefing SB 21-33, 2021). holds_children: held Scotland's under-18s in prison custody until the last "
  'child was moved to secure care on Friday 30 Aug 2024; no new admissions of under-18s to YOIs from 28 Aug 2024 '
  '(gov.scot; BBC via tvl.network).',
  None, '..', 'yes:..2024-08-30', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-shotts', 'HMP Shotts', ('Shotts',), 'prison', 'prisons', 'scotland', 'SPS', 'open',
  'https://www.prisonsinspectoratescotland.gov.uk/news/report-hmp-shotts-inspection-21-august-1-september-2017',
  'HMIPS: Report on HMP Shotts Inspection 21 August - 1 September 2017', '2017-09',
  'Long-term male prison, North Lanarkshire. No 2023-2025 source seen; listed in HMCTS code 2025. SPS operates '
  'publicly managed prisons (SPICe briefing SB 21-33, 2021)',
  None, '..', 'no:2024-08-31..', None,
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('hmp-stirling', 'HMP & YOI Stirling', ('Stirling', 'HMP Stirling', 'HMPYOI Stirling'), 'prison and YOI', 'prisons',
  'scotland', 'SPS', 'open', 'https://sps.gov.uk/about-us/our-latest-news/hmp-yoi-stirling-opens',
  'Scottish Prison Service: HMP & YOI Stirling opens', '2023',
  "Scotland's national facility for women in custody; replaces HMP & YOI Cornton Vale on the same site (opened summer "
  '2023). holds_children: holds young women/young offenders; whether any were under 18 before Aug 2024 not seen '
  "(UNCERTAIN); none since 31 Aug 2024. Not yet open on 28 May 2023 ('due to open ... this summer', Scottish Sun); "
  "Wikipedia: 'The new facilities opened in July 2023' (UNCERTAIN: no SPS date seen).",
  '2023-05-28/2023-07', '2023-05-28/2023-07..', 'no:2024-08-31..',
  'https://www.thescottishsun.co.uk/news/10741725/scotlands-prisons-chief-warns-against-courts-caging-women/ ; '
  'https://en.wikipedia.org/wiki/HM_Prison_Cornton_Vale',
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, None, None),
 ('bella-centre', 'The Bella Centre', ('Bella Centre', 'Bella unit', 'Dundee'), 'prison', 'prisons', 'scotland', 'SPS',
  'open', 'https://sps.gov.uk/about-us/our-latest-news/bella-centre-completion-and-new-strategy-women-custody',
  'Scottish Prison Service: Bella Centre completion and new strategy for women in custody', '2022',
  "SPS Women's Community Custody Unit (16 spaces), Dundee, opened 2022. kind=prison because CCU is not an allowed "
  "kind. 'will open on August 1' (Herald, July 2022); BBC 2022-07-28: 'will open in Dundee next week'. Town: Dundee "
  '(Hilltown).',
  '2022-08', '2022-08..', 'no:2024-08-31..',
  'https://heraldscotland.com/news/20585349.uks-first-new-womens-community-custody-unit-open-dundee ; '
  'https://www.bbc.com/news/uk-scotland-tayside-central-62257336',
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, 'Dundee',
  'https://sps.gov.uk/about-us/our-latest-news/bella-centre-completion-and-new-strategy-women-custody'),
 ('lilias-centre', 'The Lilias Centre', ('Lilias Centre', 'Lilias unit', 'Maryhill'), 'prison', 'prisons', 'scotland',
  'SPS', 'open', 'https://sps.gov.uk/about-us/our-latest-news/hmp-yoi-stirling-opens',
  'Scottish Prison Service: HMP & YOI Stirling opens', '2023',
  "'Bella and Lilias Community Custody Units opening in Dundee and Glasgow, respectively, in 2022'. Name form 'Lilias "
  "Centre' from HMCTS code. kind=prison (CCU). CORRECTED: opened in 2022, not 2023: 'set to open' when the Justice "
  "Secretary visited on 13 Oct 2022 (Scottish Government via wired-gov); BBC 2022-12-13 lists 'the openings this year "
  'of the Bella unit in Dundee and the Lilias unit in Glasgow\'. Town: Maryhill, Glasgow. SPS: "the centre opened in '
  'October 2022"; The Times (17 Oct 2022): "opens next week".',
  '2022-10-17/2022-10', '2022-10-17/2022-10..', 'no:2024-08-31..',
  'https://www.wired-gov.net/wg/news.nsf/articles/new+custodial+unit+for+women+13102022161000?open ; '
  'https://www.bbc.co.uk/news/uk-scotland-tayside-central-63963568 ; '
  'https://sps.gov.uk/about-us/our-latest-news/bbc-breakfast-look-inside-lilias ; '
  'https://www.thetimes.co.uk/article/sofas-and-kitchens-at-womens-prison-without-any-bars-vbfb9shrc',
  'https://gov.scot/news/no-under-18s-in-young-offenders-institutions ; '
  'https://tvl.network/2024/09/02/all-under-18s-removed-from-scotlands-young-offenders-institutions',
  None, 'Glasgow', 'https://sps.gov.uk/about-us/our-latest-news/hmp-yoi-stirling-opens'),
 ('hmp-cornton-vale', 'HMP & YOI Cornton Vale', ('Cornton Vale',), 'prison and YOI', 'prisons', 'scotland', 'SPS',
  'closed 2023-01/2023-06-06', 'https://www.bbc.co.uk/news/uk-scotland-tayside-central-63963568',
  "BBC News: Cornton Vale women's prison to close in new year", '2022-12',
  "SPS announced 2022-12-13 closure early in 2023; Stirling local news (May 2023) says it 'closed earlier in the new "
  "year'; replaced by HMP & YOI Stirling. holds_children: holds young women/young offenders; whether any were under 18 "
  'before Aug 2024 not seen (UNCERTAIN); none since 31 Aug 2024. SPS (Dec 2022): remaining women to move out in '
  'January and February 2023; Wikipedia: closed April 2023; formally discontinued from 6 Jun 2023 (Discontinuance of '
  'Cornton Vale Prison (Scotland) Order 2023, SSI 2023/132). The window covers the disagreement.',
  None, '..2023-01/2023-06-06', None,
  'http://www.sps.gov.uk/Corporate/News/News-8863.aspx ; https://en.wikipedia.org/wiki/HM_Prison_Cornton_Vale ; '
  'https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/meeting-of-parliament-24-05-2023?meeting=15335&iob=130789',
  None, None, None, None),
 ('hmp-maghaberry', 'HMP Maghaberry', ('Maghaberry', 'Maghaberry Prison'), 'prison', 'prisons', 'northern-ireland',
  'NIPS', 'open', 'http://cjini.org/NewsAndEvents/2009/2024/Jan-Mar/More-work-required-to-improve-outcomes-for-prisone',
  'CJI Northern Ireland: More work required to improve outcomes for prisoners', '2024-02',
  'Independent Review of Progress Oct-Nov 2023 by CJI with HMI Prisons (E&W), RQIA and ETI; high-security adult male '
  'prison (nidirect)',
  None, '..', 'no', None, 'https://cjini.org/getdoc/08b1d0f1-8374-4bba-b965-fd4db013157f/JJC', None, None, None),
 ('hmp-magilligan', 'HMP Magilligan', ('Magilligan', 'Magilligan Prison', 'Foyleview'), 'prison', 'prisons',
  'northern-ireland', 'NIPS', 'open',
  'http://cjini.org/NewsAndEvents/2009/2024/Jan-Mar/More-work-required-to-improve-outcomes-for-prisone',
  'CJI Northern Ireland: More work required to improve outcomes for prisoners', '2024-02',
  'Medium security, shorter-term adult men, Co Londonderry; Foyleview = its low-security unit (nidirect)', None, '..',
  'no', None, 'https://cjini.org/getdoc/08b1d0f1-8374-4bba-b965-fd4db013157f/JJC', None, None, None),
 ('hydebank-wood-college', 'Hydebank Wood College',
  ('Hydebank Wood', 'HMP Hydebank Wood', "Hydebank Wood Prison and Young Offenders' Centre",
   "HM Prison and Young Offenders' Centre, Hydebank Wood", 'Hydebank Wood College, Belfast'),
  'young offender institution', 'prisons', 'northern-ireland', 'NIPS', 'open',
  'https://nidirect.gov.uk/articles/prisons-northern-ireland', 'nidirect: Prisons in Northern Ireland', None,
  "Page undated. 'The college ... accommodates young people between the ages of 18 and 21'; no longer holds under-18s. "
  'NI term is young offenders centre / secure college. Same site as Ash House. holds_children=no: since autumn 2012 '
  'all children under 18 sent to custody in NI are held at Woodlands JJC (CJI 2015). Town: the same nidirect page, '
  "'Hydebank Wood College in Belfast'.",
  None, '..', 'no', None, 'https://cjini.org/getdoc/08b1d0f1-8374-4bba-b965-fd4db013157f/JJC', None, 'Belfast',
  'https://nidirect.gov.uk/articles/prisons-northern-ireland'),
 ('ash-house-hydebank-wood', 'Ash House (Hydebank Wood)', ('Ash House', 'HMP Hydebank Wood', 'Ash House, Belfast'),
  'prison', 'prisons', 'northern-ireland', 'NIPS', 'open', 'https://nidirect.gov.uk/articles/prisons-northern-ireland',
  'nidirect: Prisons in Northern Ireland', None,
  'Page undated. Female remand and sentenced prisoners in Ash House, a housing block within the Hydebank Wood complex. '
  "Wikipedia's NI count of 4 presumably counts it separately (table not seen). Town: the same nidirect page, 'Hydebank "
  "Wood College in Belfast' (Ash House is within the complex).",
  None, '..', 'no', None, 'https://cjini.org/getdoc/08b1d0f1-8374-4bba-b965-fd4db013157f/JJC', None, 'Belfast',
  'https://nidirect.gov.uk/articles/prisons-northern-ireland'),
 ('woodlands-jjc', 'Woodlands Juvenile Justice Centre', ('Woodlands JJC', 'Woodlands', 'JJC', 'Bangor'),
  'juvenile justice centre', 'children-secure', 'northern-ireland', 'Youth Justice Agency', 'open',
  'https://cjini.org/TheInspections/Inspection-Reports/2022/July-Sept/Woodlands-JJC-2022',
  'CJI Northern Ireland: An announced inspection of Woodlands Juvenile Justice Centre', '2022-09',
  "Bangor, Co Down; NI's only custodial facility for children; 'the JJC is the custodial directorate of the Youth "
  "Justice Agency' (CJI 2021 terms of reference)",
  None, '..', 'yes', None, 'https://cjini.org/TheInspections/Inspection-Reports/2022/July-Sept/Woodlands-JJC-2022',
  None, 'Bangor', 'http://health-ni.gov.uk/news/proposals-new-specialist-childrens-campus-be-developed'),
 ('brook-house-irc', 'Brook House Immigration Removal Centre',
  ('Brook House', 'Brook House IRC', 'Brookhouse', 'Gatwick IRC'), 'immigration removal centre', 'immigration',
  'england', 'Serco', 'open', 'https://en.wikipedia.org/wiki/Brook_House_Immigration_Removal_Centre',
  'Wikipedia: Brook House Immigration Removal Centre', '2020-05',
  'Gatwick Airport; Serco took over from G4S 2020-05-21 (contract to 2028). Article revision date not shown', None,
  '..', None, None, None, None, None, None),
 ('tinsley-house-irc', 'Tinsley House Immigration Removal Centre',
  ('Tinsley House', 'Tinsley House IRC', 'Gatwick IRC', 'Gatwick Pre-Departure Accommodation'),
  'immigration removal centre', 'immigration', 'england', 'Serco', 'open',
  'https://www.serco.com/uk/sector-expertise/immigration/gatwick-immigration-removal-centre',
  'Serco: Gatwick Immigration Removal Centres', None,
  'Page undated (post-2020 contract). Gatwick Pre-Departure Accommodation (families) is annexed to Tinsley House; not '
  'listed separately. Temporarily closed: all detainees relocated at the end of September 2016 for rebuilding; '
  're-opened in May 2017 (IMB). The family pre-departure accommodation at Tinsley opened in May 2017 and held children '
  "(GDWG 2018); HMIP 2015 (via Duncan Lewis) described 'a safe environment for children and families'.",
  None, '..2016-09; 2017-05..', 'yes',
  'https://www.imb.org.uk/tinsley-house-imb-publish-first-report-since-re-opening/',
  'https://duncanlewis.co.uk/immigration_news/Positive_report_for_G4Srun_immigration_removal_centre_(5_June_2015).html '
  '; https://www.gdwg.org.uk/2018/08/30/our-response-to-hmips-report-on-tinsley-house/',
  None, None, None),
 ('colnbrook-irc', 'Colnbrook Immigration Removal Centre', ('Colnbrook', 'Colnbrook IRC', 'Heathrow IRC'),
  'immigration removal centre', 'immigration', 'england', 'Mitie', 'open',
  'https://hmiprisons.justiceinspectorates.gov.uk/news/colnbrook-irc-decent-care-for-detainees-despite-home-office-failings',
  'HM Inspectorate of Prisons: Colnbrook IRC - decent care for detainees despite Home Office failings', '2022',
  "Next to Heathrow, 'run by Mitie Care and Custody'. as_of inferred (mentions no psychologist since Aug 2021)", None,
  '..', None, None, None, None, None, None),
 ('harmondsworth-irc', 'Harmondsworth Immigration Removal Centre',
  ('Harmondsworth', 'Harmondsworth IRC', 'Heathrow IRC', 'Heathrow Immigration Removal Centre, Harmondsworth site'),
  'immigration removal centre', 'immigration', 'england', 'Mitie', 'open',
  'https://ein.org.uk/news/harmondsworth-immigration-removal-centre-sees-exceptional-improvements-after-worst-ever',
  'EIN: Harmondsworth Immigration Removal Centre sees exceptional improvements', '2025-02',
  'HMI Prisons inspection Feb 2025. Operator not in this excerpt: Mitie Care and Custody per 2024 news (ygunu.com) and '
  'HMIP 2016 press release',
  None, '..', None, None, None, None, None, None),
 ('yarls-wood-irc', "Yarl's Wood Immigration Removal Centre",
  ("Yarl's Wood", 'Yarls Wood', 'Yarlswood', "Yarl's Wood IRC", 'Clapham, Bedfordshire'), 'immigration removal centre',
  'immigration', 'england', 'Serco', 'open',
  'https://www.serco.com/uk/sites/gatwick-immigration-removal-centre-contract/about-gatwick-immigration-removal-centre-contract',
  'Serco: About Gatwick Immigration Removal Centre (list of UK immigration centres)', '2020',
  "Listed as 'Yarl's Wood IRC, Bedfordshire, 410 detainees (Serco)'; BBC 2020: Serco has run it since 2007. as_of "
  "inferred (Gatwick contract start 2020). Also holds an RSTHF (Corporate Watch 2016). 'Yarl's Wood on the outskirts "
  "of Clapham in Bedfordshire' (Belfast Telegraph, 2011).",
  None, '..', None, None, None, None, 'Bedford',
  'https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2020/10/cross-channel-migrants-good-treatment-but-poor-facilities-and-inadequate-home-office-planning/'),
 ('derwentside-irc', 'Derwentside Immigration Removal Centre',
  ('Derwentside', 'Derwentside IRC', 'Hassockfield', 'Consett'), 'immigration removal centre', 'immigration', 'england',
  'Serco', 'open', 'https://en.wikipedia.org/wiki/Derwentside_Immigration_Removal_Centre',
  'Wikipedia: Derwentside Immigration Removal Centre', '2024-10',
  'Women-only IRC near Consett, County Durham, opening announced Nov 2021; first women detained 28 Dec 2021. Operated '
  'by Mitie at opening (BBC/HMIP 2022); Wikipedia says Serco took over in 2023 (nine-year contract). UNCERTAIN: no '
  "Serco-era primary source seen. 'Hassockfield' is the former site name (Northern Echo)",
  '2021-12-28', '2021-12-28..', None,
  'https://en.wikipedia.org/wiki/Derwentside_Immigration_Removal_Centre ; '
  'https://consettmagazine.com/2022/06/24/local-residents-and-campaigners-demonstrate-against-the-imprisonment-of-women-at-derwentside-immigration-removal-centre-20334/ '
  '; https://www.palatinate.org.uk/first-female-detainees-arrive-at-derwentside-immigration-removal-centre/',
  None, None, None, None),
 ('dungavel-irc', 'Dungavel Immigration Removal Centre',
  ('Dungavel', 'Dungavel House', 'Dungavel House IRC', 'Dungavel Castle', 'Strathaven'), 'immigration removal centre',
  'immigration', 'scotland', 'Mitie', 'open', 'https://en.wikipedia.org/wiki/Dungavel_Immigration_Removal_Centre',
  'Wikipedia: Dungavel Immigration Removal Centre', None,
  "UNCERTAIN operator: Wikipedia says Mitie Care and Custody; Serco's c.2020 list says GEO Group (GEO took over in "
  "2011 per IMB). Only IRC in Scotland; 2016 closure plan rescinded 2017. holds_children=no: HMIP 2012: 'the "
  "government has confirmed that children will no longer be held at the centre'. Address Muirkirk Road, Strathaven, "
  'South Lanarkshire (MWCS visit report, Jan 2018, which gives GEO Group UK Ltd as manager then).',
  None, '..', 'no', None, None, 'https://docslib.org/doc/5190827/dungavel-house-immigration-removal-centre-2012', None,
  None),
 ('campsfield-house-irc', 'Campsfield Immigration Removal Centre',
  ('Campsfield House', 'Campsfield', 'Campsfield IRC', 'Campsfield House IRC', 'Kidlington'),
  'immigration removal centre', 'immigration', 'england', 'Mitie', 'open',
  'https://origonews.com/world/official-reopening-of-immigration-detention-center-14895.html',
  'Origo News: Official reopening of immigration detention center', '2025-12',
  "Kidlington, Oxfordshire. 160 beds rising to 400; 'operated by Mitie under a six-year contract'. Closure: last "
  "detainees departed and decommissioning began in December 2018 (BBC; The Canary: 'finally closed its doors in "
  "December 2018'); the Home Office had said it would close 'by May 2019' when the Mitie contract ended (hence the May "
  '2019 dates elsewhere). Reopened 1 Dec 2025 with 160 beds; first detainees arrived 3 Dec 2025 (Wikipedia). A '
  'VisaVerge claim of reopening on 7 Jul 2025 is contradicted by these sources.',
  None, '..2018-12; 2025-12-01..', None,
  'https://feeds.bbci.co.uk/news/uk-england-oxfordshire-46566904 ; '
  'https://thecanary.co/uk/analysis/2025/04/06/campsfield-house ; '
  'https://en.wikipedia.org/wiki/Campsfield_House_Immigration_Removal_Centre',
  None, None, None, None),
 ('morton-hall-irc', 'Morton Hall Immigration Removal Centre', ('Morton Hall IRC', 'HMIRC Morton Hall', 'Swinderby'),
  'immigration removal centre', 'immigration', 'england', 'HMPPS', 'closed 2021-07-23',
  'https://feeds.bbci.co.uk/news/uk-england-lincolnshire-58447958',
  'BBC News: Morton Hall to reopen as prison for foreign nationals', '2021-09',
  'IRC ceased operating 2021-07-23; reopened as a prison (see hmp-morton-hall). Run by the prison service for the Home '
  'Office (Guardian 2020). IRC ceased operating on 23 Jul 2021 (PCC quoted by BBC, Sep 2021). Town: Swinderby, '
  'Lincolnshire.',
  None, '..2021-07-23', None, 'https://feeds.bbci.co.uk/news/uk-england-lincolnshire-58447958', None, None, 'Lincoln',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('the-verne-irc', 'The Verne Immigration Removal Centre',
  ('HMIRC The Verne', 'The Verne IRC', 'The Verne IRC, Portland'), 'immigration removal centre', 'immigration',
  'england', None, 'closed 2017-12/2018-01',
  'https://corporatewatch.org/immigration-detention-centres-factsheet-new-edition-updated-may-2018/',
  'Corporate Watch: Immigration Detention Centres Factsheet, May 2018', '2018-05',
  'Listed as an IRC in Sept 2016 factsheet; May 2018 factsheet notes its closure. Now HMP The Verne (see '
  'hmp-the-verne). Start UNCERTAIN (sources disagree): the IMB (Dorset Echo) says it re-opened in March 2014 but only '
  'became an IRC in September 2014; WikiMili: IRC opened March 2014, officially a prison until September 2014; symroe: '
  "change-date 2014-05; Right to Remain: 'opened its doors as an IRC in February 2015'. Closure: Verne Visitors Group "
  "'until its closure in December 2017'; Home Office statement (via wntv) and Dorset Echo 2018: closed in January "
  '2018. Town: Portland, Dorset.',
  '2014-03/2015-02', '2014-03/2015-02..2017-12/2018-01', None,
  'http://www.dorsetecho.co.uk/news/13719101.Report_praises_Portland_prison_s_transition_to_Immigration_Removal_Centre/? '
  '; https://righttoremain.org.uk/?p=7990 ; https://unlocked.org.uk/category/the-verne/ ; '
  'https://wntv.co.uk/campsfield-house-immigration-removal/amp ; '
  'http://www.dorsetecho.co.uk/news/localnews/portland/16218212.Concerns_raised_over_running_of_former_immigration_removal_centre/ '
  '; https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  None, 'https://wikimili.com/en/HM_Prison_The_Verne', 'Portland',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('dover-irc', 'Dover Immigration Removal Centre', ('HMIRC Dover', 'Dover IRC'), 'immigration removal centre',
  'immigration', 'england', 'public sector (PSP)', 'closed 2015-10',
  'https://github.com/symroe/prison-estate-data/blob/4b10346adea2ff6e63da7999b60fc949112e9afa/data/prison/prison.tsv',
  'symroe/prison-estate-data data/prison/prison.tsv (prototype prison register, OGL data)', '2017',
  "end-date 2015 in symroe data; register code DVI inactive, operator PSP (public sector). 'The Home Office shut the "
  "removal centre in Dover at the end of October' 2015 (BBC, Mar 2016), two weeks after announcing it on 15 Oct 2015.",
  None, '..2015-10', None,
  'https://www.bbc.com/news/uk-england-kent-35863091 ; '
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  None, None, None, None),
 ('haslar-irc', 'Haslar Immigration Removal Centre', ('HMIRC Haslar', 'Haslar IRC', 'Haslar'),
  'immigration removal centre', 'immigration', 'england', 'public sector (PSP)', 'closed 2015-04/2015-06',
  'https://github.com/symroe/prison-estate-data/blob/4b10346adea2ff6e63da7999b60fc949112e9afa/data/prison/prison.tsv',
  'symroe/prison-estate-data data/prison/prison.tsv (prototype prison register, OGL data)', '2017',
  'end-date 2015 in symroe data; register code HRI inactive, operator PSP. Reopening as an IRC (Gosport) announced, '
  "not seen open. Closure month UNCERTAIN: Free Movement (Oct 2015) 'the closure of the detention centre at Haslar in "
  "April 2015'; WikiMili: 'closed in June 2015'.",
  None, '..2015-04/2015-06', None,
  'https://www.freemovement.org.uk/dover-immigration-removal-centre-to-close/ ; '
  'https://github.com/symroe/prison-estate-data/blob/3cd16636f3566250bb9c95c7a0bef2b71ca661cb/data/prison/prison.tsv',
  None, 'https://wikimili.com/en/Haslar_Immigration_Removal_Centre', None, None),
 ('larne-house-sthf', 'Larne House', ('Larne Short-term Holding Facility', 'Larne'), 'short-term holding facility',
  'immigration', 'northern-ireland', None, 'open',
  'https://www.larnetimes.co.uk/news/inspectors-visit-immigration-holding-centre-larne-252446',
  'Larne Times: Inspectors visit immigration holding centre in Larne', '2018-09',
  'Residential STHF at Larne Police Station, up to 7 days, 19 places (HMIP June 2018). Managed by Reliance in 2011 '
  '(CJI 2012); current operator not seen; current status not confirmed after 2018. Opened July 2011 (Belfast '
  'Telegraph), so in use on 14 Dec 2014.',
  None, '..', None,
  'https://www.belfasttelegraph.co.uk/news/northern-ireland/board-questions-use-of-police-cells-29055665.html', None,
  None, 'Larne',
  'http://cjini.org/NewsAndEvents/2009/2012/January---March/Inspection-of-Northern-Ireland-s-Immigration-Short'),
 ('manchester-airport-rsthf', 'Manchester Airport residential short-term holding facility',
  ('Manchester Residential Short Term Holding Facility', 'Manchester Short Term Holding Facility',
   'Manchester Airport STHF', 'Manchester Airport residential short-term holding facility, Manchester',
   'Manchester Airport residential short-term holding facility, Manchester Airport'),
  'short-term holding facility', 'immigration', 'england', 'Mitie', 'open', None,
  'HMIP report on an unannounced inspection of the residential STHF at Manchester Airport, 3 January 2019 (copy on '
  'vdocument.in)',
  '2019-01',
  "UNCERTAIN (third-party sources only). The residential short-term holding facility in the airport's freight "
  'terminal, from June 2018; Pennine House at Terminal 2, which it replaced, is the row '
  'manchester-airport-pennine-house (this row named both until December 2026). HMIP inspected this facility in January '
  "2019 (source; copy on vdocument.in). Opening: Detention Forum blog (6 Nov 2018): 're-opening of a facility by "
  'Manchester Airport called the Manchester Residential Short Term Holding Facility (formerly Pennine House) in June '
  "this year', in the airport freight terminal, run by Mitie; These Walls Must Fall: 'Now located near the world "
  "freight terminal'. Wikipedia says it 'replaced Pennine House in 2008', which conflicts with Pennine House in use in "
  '2015-2016. Checked by a second reader (places-new.md).',
  '2018-06', '2018-06..', None,
  'https://detentionforum.org.uk/2018/11/06/immigration-detention-centres-have-no-place-in-manchester-or-the-uk/ ; '
  'https://en.wikipedia.org/wiki/Manchester_Short_Term_Holding_Facility',
  None, 'https://vdocument.in/2019-manchester-airport-residential-sthf-final-report-toothpaste-and-a-replacement.html',
  None, None),
 ('manston-sthf', 'Manston short-term holding facility', ('Manston',), 'short-term holding facility', 'immigration',
  'england', None, 'open', 'https://www.ekklesia.co.uk/2022/11/02/prisons-inspectorate-published-report-on-manston/',
  'Ekklesia: Prisons inspectorate publishes report on Manston (HMIP inspection of Western Jet Foil, Lydd Airport and '
  'Manston, 25-28 July 2022)',
  '2022-07',
  'Non-residential STHF in Kent inspected by HMIP July 2022; operator not seen; current status not confirmed. Opened '
  "as a processing site in Jan/Feb 2022 (Isle of Thanet News 2022-01-20: to be used 'from this month'; Evening "
  "Standard: 'opened in February 2022').",
  '2022-01/2022-02', '2022-01/2022-02..', None,
  'https://theisleofthanetnews.com/2022/01/20/asylum-seeker-processing-site-at-manstons-former-fire-training-centre-to-replace-soon-to-close-tug-haven-in-dover/ '
  '; https://standard.co.uk/news/uk/manston-migrant-centre-where-what-problems-immigration-b1036706.html',
  None, None, 'Manston',
  'https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2022/11/serious-challenges-remain-for-migrants-arriving-in-kent-by-small-boats/'),
 ('western-jet-foil-sthf', 'Western Jet Foil short-term holding facility', ('Western Jet Foil',),
  'short-term holding facility', 'immigration', 'england', None, 'open',
  'https://www.ekklesia.co.uk/2022/11/02/prisons-inspectorate-published-report-on-manston/',
  'Ekklesia: Prisons inspectorate publishes report on Manston (HMIP inspection of Western Jet Foil, Lydd Airport and '
  'Manston, 25-28 July 2022)',
  '2022-07',
  'Non-residential STHF in Kent inspected by HMIP July 2022; operator not seen; current status not confirmed. Start '
  "not seen; in use at HMIP's July 2022 inspection. The borders inspectorate examined processing there in December "
  '2021 - January 2022 (an inspection of the initial processing of migrants arriving via small boats at Tug Haven and '
  'Western Jet Foil).',
  None, 'by 2022-01..', None,
  'https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2022/11/serious-challenges-remain-for-migrants-arriving-in-kent-by-small-boats/',
  None, None, None, None),
 ('lydd-airport-sthf', 'Lydd Airport short-term holding facility', ('Lydd Airport',), 'short-term holding facility',
  'immigration', 'england', None, 'open',
  'https://www.ekklesia.co.uk/2022/11/02/prisons-inspectorate-published-report-on-manston/',
  'Ekklesia: Prisons inspectorate publishes report on Manston (HMIP inspection of Western Jet Foil, Lydd Airport and '
  'Manston, 25-28 July 2022)',
  '2022-07',
  'Non-residential STHF in Kent inspected by HMIP July 2022; operator not seen; current status not confirmed. Start '
  "UNCERTAIN: Home Office said on 31 Dec 2021 Lydd Airport was 'to be used' to triage small-boat arrivals; in use at "
  "HMIP's July 2022 inspection.",
  None, 'by 2022-07..', None,
  'https://uknip.co.uk/breaking/news-276916/lydd-airport-set-to-be-used-for-migrant-processing-say-home-office/ ; '
  'https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2022/11/serious-challenges-remain-for-migrants-arriving-in-kent-by-small-boats/',
  None, None, None, None),
 ('glasgow-airport-sthf', 'Glasgow Airport holding rooms', ('Glasgow Airport holding room',),
  'short-term holding facility', 'immigration', 'scotland', None, 'open', 'https://imb.org.uk/?p=5732',
  "IMB, Scotland and Northern Ireland short-term holding facilities (2022-23 annual report); the facility's name is "
  "from the board's 2017-18 report, read only at a copy (read_at)",
  '2018-01',
  'Non-residential holding facility monitored by the IMB in 2017-18; operator and current status not seen. Start not '
  'seen; monitored by the IMB throughout its 1 Feb 2015 - 31 Jan 2016 reporting year (its sixth operational year), so '
  'probably in use on 14 Dec 2014 too.',
  None, 'by 2015-02..', None, None, None,
  'https://docslib.org/doc/1489459/independent-monitoring-board-at ; '
  'https://vdocument.in/independent-monitoring-board-for-the-if-they-are-not-landed-conditionally.html',
  None, None),
 ('edinburgh-airport-sthf', 'Edinburgh Airport holding rooms', ('Edinburgh Airport holding room',),
  'short-term holding facility', 'immigration', 'scotland', None, 'open', 'https://imb.org.uk/?p=5732',
  "IMB, Scotland and Northern Ireland short-term holding facilities (2022-23 annual report); the facility's name is "
  "from the board's 2017-18 report, read only at a copy (read_at)",
  '2018-01',
  'Non-residential holding facility monitored by the IMB in 2017-18; operator and current status not seen. Start not '
  'seen; monitored by the IMB throughout its 1 Feb 2015 - 31 Jan 2016 reporting year (its sixth operational year), so '
  'probably in use on 14 Dec 2014 too.',
  None, 'by 2015-02..', None, None, None,
  'https://docslib.org/doc/1489459/independent-monitoring-board-at ; '
  'https://vdocument.in/independent-monitoring-board-for-the-if-they-are-not-landed-conditionally.html',
  None, None),
 ('festival-court-sthf', 'Festival Court Reporting Centre holding room',
  ('Festival Court', 'The Reporting Centre, Festival Court, Glasgow'), 'short-term holding facility', 'immigration',
  'scotland', None, 'open', 'https://imb.org.uk/?p=5732',
  "IMB, Scotland and Northern Ireland short-term holding facilities (2022-23 annual report); the facility's name is "
  "from the board's 2017-18 report, read only at a copy (read_at)",
  '2018-01',
  'Non-residential holding facility monitored by the IMB in 2017-18; operator not seen. Start not seen; monitored by '
  'the IMB throughout Feb 2015 - Jan 2016 (probably in use on 14 Dec 2014 too); one of the 10 reporting-centre holding '
  'rooms HMIP inspected on 20-29 Oct 2025 (EIN).',
  None, 'by 2015-02..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None,
  'https://docslib.org/doc/1489459/independent-monitoring-board-at ; '
  'https://vdocument.in/independent-monitoring-board-for-the-if-they-are-not-landed-conditionally.html',
  None, None),
 ('capital-building-sthf', 'Capital Building reporting centre holding room',
  ('Capital Building', 'Capital Building, Liverpool', 'Capital Building, Liverpool'), 'short-term holding facility',
  'immigration', 'england', None, 'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Liverpool' as given by EIN); non-residential, holds people after arrest or reporting before transfer to "
  'residential detention. Start date and operator not seen.',
  None, 'by 2025-10..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, None, None, None),
 ('dallas-court-sthf', 'Dallas Court reporting centre holding room',
  ('Dallas Court', 'Dallas Court, Salford', 'Salford'), 'short-term holding facility', 'immigration', 'england', None,
  'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Salford' as given by EIN); non-residential, holds people after arrest or reporting before transfer to residential "
  'detention. Start date and operator not seen.',
  None, 'by 2025-10..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, None, None, None),
 ('drumkeen-house-sthf', 'Drumkeen House reporting centre holding room',
  ('Drumkeen House', 'Drumkeen House, Belfast', 'Belfast'), 'short-term holding facility', 'immigration',
  'northern-ireland', None, 'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Belfast' as given by EIN); non-residential, holds people after arrest or reporting before transfer to residential "
  'detention. Start date and operator not seen.',
  None, 'by 2025-10..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, None, 'Belfast',
  'http://cjini.org/NewsAndEvents/2009/2012/January---March/Inspection-of-Northern-Ireland-s-Immigration-Short'),
 ('eaton-house-sthf', 'Eaton House reporting centre holding room',
  ('Eaton House', 'Eaton House, Hounslow', 'Eaton House Short-Term Holding Facility', 'Hounslow'),
  'short-term holding facility', 'immigration', 'england', None, 'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Hounslow' as given by EIN); non-residential, holds people after arrest or reporting before transfer to "
  "residential detention. Start date and operator not seen. HMIP also inspected 'the short-term holding facility at "
  "Eaton House' on 26 Jan 2017 (report copy on slidelegend).",
  None, 'by 2017-01..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, 'https://slidelegend.com/eaton-house-criminal-justice-inspectorates_5b6ba19e097c47123b8b4619.html', None,
  None),
 ('loughborough-sthf', 'Loughborough reporting centre holding room', ('Loughborough',), 'short-term holding facility',
  'immigration', 'england', None, 'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Loughborough' as given by EIN); non-residential, holds people after arrest or reporting before transfer to "
  'residential detention. Start date and operator not seen.',
  None, 'by 2025-10..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, None, None, None),
 ('ruskin-square-sthf', 'Ruskin Square reporting centre holding room',
  ('Ruskin Square', 'Ruskin Square, Croydon', 'Croydon'), 'short-term holding facility', 'immigration', 'england', None,
  'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Croydon' as given by EIN); non-residential, holds people after arrest or reporting before transfer to residential "
  'detention. Start date and operator not seen.',
  None, 'by 2025-10..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, None, None, None),
 ('sandford-house-sthf', 'Sandford House reporting centre holding room',
  ('Sandford House', 'Sandford House, Solihull', 'Solihull'), 'short-term holding facility', 'immigration', 'england',
  None, 'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Solihull' as given by EIN); non-residential, holds people after arrest or reporting before transfer to "
  'residential detention. Start date and operator not seen.',
  None, 'by 2025-10..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, None, None, None),
 ('vulcan-house-sthf', 'Vulcan House reporting centre holding room',
  ('Vulcan House', 'Vulcan House, Sheffield', 'Sheffield'), 'short-term holding facility', 'immigration', 'england',
  None, 'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Sheffield' as given by EIN); non-residential, holds people after arrest or reporting before transfer to "
  'residential detention. Start date and operator not seen.',
  None, 'by 2025-10..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, None, None, None),
 ('waterside-court-sthf', 'Waterside Court reporting centre holding room',
  ('Waterside Court', 'Waterside Court, Leeds', 'Waterside Court, Leeds'), 'short-term holding facility', 'immigration',
  'england', None, 'open',
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  'EIN: HMI Prisons highlights risks for vulnerable detainees in short-term holding rooms at immigration reporting '
  'centres',
  '2025-10',
  'One of the 10 short-term holding rooms at immigration reporting centres that HMIP inspected on 20-29 Oct 2025 '
  "('Leeds' as given by EIN); non-residential, holds people after arrest or reporting before transfer to residential "
  'detention. Start date and operator not seen.',
  None, 'by 2025-10..', None,
  'https://www.ein.org.uk/news/hmi-prisons-highlights-risks-vulnerable-detainees-short-term-holding-rooms-immigration',
  None, None, None, None),
 ('oakhill-stc', 'Oakhill Secure Training Centre', ('Oakhill STC', 'Oakhill', 'Oakhill (STC)', 'Milton Keynes'),
  'secure training centre', 'children-secure', 'england', 'G4S', 'open',
  'https://new.basw.co.uk/about-social-work/psw-magazine/articles/children-left-hungry-and-unsafe-g4s-run-secure-home',
  'BASW: Children left hungry and unsafe at G4S-run secure home', '2025-09',
  'Milton Keynes; Ofsted/HMIP/CQC report published 3 Sept (2025, inferred from staff suspensions since Nov 2024); '
  'urgent notification. prison-register code STC3, operator G4S',
  None, '..', 'yes', None,
  'https://new.basw.co.uk/about-social-work/psw-magazine/articles/children-left-hungry-and-unsafe-g4s-run-secure-home',
  None, 'Milton Keynes',
  'https://github.com/ministryofjustice/prison-register/blob/23d0358395793c5c80b841a315fceac99b37cd3b/src/main/resources/db/migration/V1_20__add_stcs.sql'),
 ('rainsbrook-stc', 'Rainsbrook Secure Training Centre',
  ('Rainsbrook STC', 'Rainsbrook', 'Rainsbrook (STC)', 'Rainsbrook Secure Training Unit', 'Barby', 'Rugby'),
  'secure training centre', 'children-secure', 'england', 'MTC', 'closed 2021-06-16/2021-12',
  'https://feeds.bbci.co.uk/news/uk-england-northamptonshire-59527949',
  'BBC News: Rainsbrook: MoJ and private firm agree to end contract', '2021-12',
  "Children removed June 2021; MTC contract ended 31 Dec 2021 'as the centre closes'. prison-register STC2: 'currently "
  "closed', operator MTCNovo. The Justice Secretary ordered all 33 children moved out on 16 Jun 2021 (BBC); 'Since "
  "June, 33 young offenders ... have been moved' and the MTC contract was ended by mutual agreement in Dec 2021 "
  "(Northampton Chronicle, 2021-12-06); date the last child left not seen. Near Barby, Northamptonshire (BBC); 'near "
  "Rugby' (Daily Mail).",
  None, '..2021-06-16/2021-12', 'yes',
  'https://www.bbc.com/news/uk-57505346 ; '
  'https://www.northamptonchron.co.uk/news/crime/private-firm-loses-contract-to-run-inadequate-youth-detention-centre-near-daventry-3483786',
  'https://feeds.bbci.co.uk/news/uk-england-northamptonshire-59527949', None, 'Willoughby',
  'https://github.com/ministryofjustice/prison-register/blob/23d0358395793c5c80b841a315fceac99b37cd3b/src/main/resources/db/migration/V1_20__add_stcs.sql'),
 ('medway-stc', 'Medway Secure Training Centre', ('Medway STC', 'Medway (STC)', 'Medway STC, Rochester'),
  'secure training centre', 'children-secure', 'england', 'HMPPS', 'closed 2020-03',
  'https://www.churchtimes.co.uk/articles/2024/24-may/features/features/education-from-a-prison-to-a-school',
  'Church Times: Education: From a prison to a school', '2024-05',
  "'The centre was closed' (after the 2016 Panorama programme); site now Oasis Restore. Operated by HMPPS Youth "
  "Custody Service at Ofsted inspection Oct 2019 (G4S before 2016). CLOSED March 2020: the secure school 'replaces the "
  "Medway Secure Training Centre in Rochester, which closed in March' (KentOnline, on the Sept 2020 sentencing white "
  'paper).',
  None, '..2020-03', 'yes', 'https://www.kentonline.co.uk/medway/news/medway-secure-school-set-to-open-in-2022-234019/',
  'https://www.churchtimes.co.uk/articles/2024/24-may/features/features/education-from-a-prison-to-a-school', None,
  'Rochester',
  'https://github.com/ministryofjustice/prison-register/blob/83fe1f072d8703f3b1855a52eca13f73e2fecab4/bin/main/db/migration/V1_11__insert_prison_address.sql'),
 ('oasis-restore', 'Oasis Restore',
  ('Oasis Restore Secure School', 'ORSS', 'Medway Secure School', 'Oasis Restore, Rochester'), 'secure school',
  'children-secure', 'england', 'Oasis Charitable Trust', 'closed temporarily 2025-09',
  'https://www.cypnow.co.uk/news/article/uk-s-first-secure-school-ready-to-open',
  "CYP Now: UK's first secure school ready to open", '2024-05',
  "Rochester, on the former Medway STC site; dual-registered as a secure children's home and 16-19 academy. Placements "
  "paused Aug 2025 (evrimagaci 2025-08-14). Not yet open on 21 May 2024 ('set to open in the coming weeks', CNWL); "
  "'opened ... last Summer' (reformingprisons, Apr 2025) - opening month not seen. New placements halted after "
  "Ofsted's late-July 2025 monitoring visit, closure 'in or around September 2025' (reformingprisons Sep 2025); "
  "'closed last month' with its 10 children moved or released (reformingprisons Oct 2025). MoJ hoped to re-open in "
  'March 2026 (BBC); reopening not seen. Inspected by Ofsted and CQC (CYP Now 2022).',
  '2024-05-21/2024-09', '2024-05-21/2024-09..2025-09', 'yes',
  'https://www.cnwl.nhs.uk/news/oasis-restore-secure-school-set-open ; '
  'https://reformingprisons.blogspot.com/2025/04/how-goes-revolution-difficult-start-for.html ; '
  'https://reformingprisons.blogspot.com/2025/09/a-bit-more-on-secure-school.html ; '
  'http://reformingprisons.blogspot.com/2025/10/beyond-doors-whats-happening-with.html ; '
  'https://feeds.bbci.co.uk/news/articles/cde3g28gxp4o ; https://feeds.bbci.co.uk/news/articles/ce8zg755dzdo',
  'https://www.cypnow.co.uk/news/article/uk-s-first-secure-school-ready-to-open', None, 'Rochester',
  'http://www.gov.uk/government/news/new-secure-school-to-protect-public-and-cut-crime'),
 ('adel-beck-sch', "Adel Beck Secure Children's Home", ('Adel Beck',), "secure children's home", 'children-secure',
  'england', 'Leeds City Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, 'Leeds',
  'https://news.leeds.gov.uk/top-marks-for-leeds-secure-childrens-home/'),
 ('aldine-house-sch', 'Aldine House Secure Centre', ('Aldine House',), "secure children's home", 'children-secure',
  'england', 'Sheffield City Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, None, None),
 ('atkinson-unit-sch', 'Atkinson Unit', ('Atkinson',), "secure children's home", 'children-secure', 'england',
  'Devon County Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, 'Exeter',
  'https://www.atkinsondevon.org/document/statement-of-purpose-and-function/'),
 ('aycliffe-sch', 'Aycliffe Secure Services', ('Aycliffe',), "secure children's home", 'children-secure', 'england',
  'Durham County Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, None, None),
 ('barton-moss-sch', 'Barton Moss Secure Care Centre', ('Barton Moss',), "secure children's home", 'children-secure',
  'england', 'Salford City Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, None, None),
 ('clare-lodge-sch', 'Clare Lodge', (), "secure children's home", 'children-secure', 'england',
  'Peterborough City Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, 'Peterborough',
  'https://democracy.peterborough.gov.uk/ieDecisionDetails.aspx?Id=1652'),
 ('clayfields-house-sch', 'Clayfields House Secure Unit', ('Clayfields House', 'Clayfields'), "secure children's home",
  'children-secure', 'england', 'Nottinghamshire County Council', 'open',
  'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, None, None),
 ('hillside-sch', "Hillside Secure Children's Home", ('Hillside',), "secure children's home", 'children-secure',
  'wales', 'Neath Port Talbot County Borough Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, None, None),
 ('kyloe-house-sch', 'Kyloe House', (), "secure children's home", 'children-secure', 'england',
  'Northumberland County Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, 'Morpeth',
  'https://www.northumberland.gov.uk/Children/Looked-after/Kyloe.aspx'),
 ('lansdowne-sch', 'Lansdowne Secure Unit', ('Lansdowne',), "secure children's home", 'children-secure', 'england',
  'East Sussex County Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, None, None),
 ('lincolnshire-sch', 'Lincolnshire Secure Unit', ('Lincolnshire',), "secure children's home", 'children-secure',
  'england', 'Lincolnshire County Council', 'open', 'https://en.wikipedia.org/wiki/Secure_children%27s_home',
  "Wikipedia: Secure children's home (Secure Children's Home Register as of July 2024)", '2024-07',
  'Registered provider from the July 2024 register table; nation inferred from the provider council', None, '..', 'yes',
  None, 'https://en.wikipedia.org/wiki/Secure_children%27s_home', None, 'Sleaford',
  'http://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=10969'),
 ('marydale-lodge-sch', "Marydale Lodge Secure Children's Centre",
  ('Marydale Lodge', "Marydale Lodge Secure Children's Home"), "secure children's home", 'children-secure', 'england',
  'Nugent', 'open', 'https://wearenugent.org/all/marydale-lodge-secure-childrens-home-is-outstanding/',
  "Nugent: Marydale Lodge Secure Children's Home is Outstanding!", None,
  'St Helens; run by Nugent (charity). Page undated. The Wikipedia July 2024 table is cut off at a row beginning '
  "'Mary...' (probably this home; not confirmed)",
  None, '..', 'yes', None, 'https://wearenugent.org/all/marydale-lodge-secure-childrens-home-is-outstanding/', None,
  'St Helens', 'https://wearenugent.org/all/marydale-lodge-secure-childrens-home-is-outstanding/'),
 ('swanwick-lodge-sch', 'Swanwick Lodge', ("Swanwick Lodge secure children's home",), "secure children's home",
  'children-secure', 'england', 'Hampshire County Council', 'open',
  'https://www.hants.gov.uk/socialcareandhealth/childrenandfamilies/swanwicklodge',
  'Hampshire County Council: Swanwick Lodge', None,
  "'A purpose-built local authority secure children's home', up to 16 young people; page undated (refers to NSWCU, "
  'launched 2016)',
  None, '..', 'yes', None, 'https://www.hants.gov.uk/socialcareandhealth/childrenandfamilies/swanwicklodge', None, None,
  None),
 ('vinney-green-sch', 'Vinney Green', ("Vinney Green Secure Children's Home", 'Vinney Green secure unit'),
  "secure children's home", 'children-secure', 'england', 'South Gloucestershire Council', 'open',
  'https://emersonsgreenvoice.co.uk/2024/10/29/council-told-to-improve-childrens-secure-unit',
  "Emersons Green Voice: Council told to improve children's secure unit", '2024-10',
  'Emersons Green near Bristol; up to 24 children; Ofsted July 2024', None, '..', 'yes', None,
  'https://emersonsgreenvoice.co.uk/2024/10/29/council-told-to-improve-childrens-secure-unit', None, 'Bristol',
  'https://www.southglos.gov.uk/health-and-social-care/care-and-support-children-families/young-people/youth-offending/vinney-green-secure-services/'),
 ('red-bank-sch', 'Red Bank Secure Unit', ('Red Bank', "Red Bank Secure Children's Home", 'Red Bank Community Home'),
  "secure children's home", 'children-secure', 'england', None, 'closed 2015-05',
  'https://talk.dob.jp/enwiki/w/index.php?oldid=1262130688&title=Red_Bank_Secure_Children%27s_Home',
  "Wikipedia (mirror, revision of 9 Dec 2024): Red Bank Secure Children's Home", '2024-12',
  "Newton-le-Willows, St Helens; 'The unit closed in May 2015'. Operator (local authority) not named in text seen",
  None, '..2015-05', 'yes',
  'https://talk.dob.jp/enwiki/w/index.php?oldid=1262130688&title=Red_Bank_Secure_Children%27s_Home',
  'https://talk.dob.jp/enwiki/w/index.php?oldid=1262130688&title=Red_Bank_Secure_Children%27s_Home', None, None, None),
 ('good-shepherd-centre', 'Good Shepherd Centre', ('Good Shepherd Centre Secure Unit',), 'secure unit',
  'children-secure', 'scotland', 'Good Shepherd Centre', 'open', 'https://gov.scot/policies/youth-justice/secure-care',
  'Scottish Government: Secure care (policy page)', '2023',
  'One of 78 secure places from four independent charitable organisations (page cites April 2023 statistics; as_of '
  'inferred). Operator names as given by CYCJ Secure Care page (2025); Scottish Government news Oct 2025 still names '
  'the same four providers (82 contracted places)',
  None, '..', 'yes', None, 'https://gov.scot/policies/youth-justice/secure-care', None, 'Bishopton',
  'https://gov.scot/policies/youth-justice/secure-care'),
 ('kibble-safe-centre', 'Kibble Safe Centre', ('Kibble Education and Care Centre', 'Kibble'), 'secure unit',
  'children-secure', 'scotland', 'Kibble Education and Care Centre', 'open',
  'https://gov.scot/policies/youth-justice/secure-care', 'Scottish Government: Secure care (policy page)', '2023',
  'One of 78 secure places from four independent charitable organisations (page cites April 2023 statistics; as_of '
  'inferred). Operator names as given by CYCJ Secure Care page (2025); Scottish Government news Oct 2025 still names '
  'the same four providers (82 contracted places)',
  None, '..', 'yes', None, 'https://gov.scot/policies/youth-justice/secure-care', None, 'Paisley',
  'https://gov.scot/policies/youth-justice/secure-care'),
 ('rossie-secure-accommodation', 'Rossie Secure Accommodation Services', ('Rossie', "Rossie Young People's Trust"),
  'secure unit', 'children-secure', 'scotland', "Rossie Young People's Trust", 'open',
  'https://gov.scot/policies/youth-justice/secure-care', 'Scottish Government: Secure care (policy page)', '2023',
  'One of 78 secure places from four independent charitable organisations (page cites April 2023 statistics; as_of '
  'inferred). Operator names as given by CYCJ Secure Care page (2025); Scottish Government news Oct 2025 still names '
  'the same four providers (82 contracted places)',
  None, '..', 'yes', None, 'https://gov.scot/policies/youth-justice/secure-care', None, 'Montrose',
  'https://gov.scot/policies/youth-justice/secure-care'),
 ('st-marys-kenmure', "St Mary's Kenmure", (), 'secure unit', 'children-secure', 'scotland', "St Mary's Kenmure",
  'open', 'https://gov.scot/policies/youth-justice/secure-care', 'Scottish Government: Secure care (policy page)',
  '2023',
  'One of 78 secure places from four independent charitable organisations (page cites April 2023 statistics; as_of '
  'inferred). Operator names as given by CYCJ Secure Care page (2025); Scottish Government news Oct 2025 still names '
  'the same four providers (82 contracted places)',
  None, '..', 'yes', None, 'https://gov.scot/policies/youth-justice/secure-care', None, 'Bishopbriggs',
  'https://gov.scot/policies/youth-justice/secure-care'),
 ('mctc-colchester', 'Military Corrective Training Centre',
  ('MCTC', 'The Glasshouse', 'Colly', 'Colchester', 'MCTC Colchester'), 'military corrective training centre',
  'military', 'england', 'Ministry of Defence', 'open',
  'https://hmiprisons.justiceinspectorates.gov.uk/news/military-corrective-training-centre-an-establishment-prioritising-education-and-care',
  'HM Inspectorate of Prisons: Military Corrective Training Centre - an establishment prioritising education and care',
  '2022',
  'Holds service personnel detained under Armed Forces law; HMIP inspects by invitation of the Provost Marshal (Army). '
  "'Ministry of Defence's single central custodial facility' (HMIP Expectations). as_of inferred (January visit after "
  '2017 inspection, COVID-era). Nicknames from bootcampmilitaryfitnessinstitute.com. holds_children=yes: HMIP '
  "Expectations: 'The MCTC also holds women, children and men' (children = under 18). Town: Colchester (HMIP).",
  None, '..', 'yes', None,
  'https://www.justiceinspectorates.gov.uk/hmiprisons/our-expectations/uk-armed-forces-expectations/military-corrective-training-centre/',
  None, 'Colchester',
  'https://hmiprisons.justiceinspectorates.gov.uk/news/military-corrective-training-centre-an-establishment-prioritising-education-and-care'),
 ('broadmoor-hospital', 'Broadmoor Hospital', ('Broadmoor', 'Broadmoor Hospital, Crowthorne', 'Crowthorne'),
  'high secure hospital', 'mental-health', 'england', 'West London NHS Trust', 'open',
  'https://www.westlondon.nhs.uk/our-services/adult/secure-services/broadmoor-hospital/information-clinicians',
  'West London NHS Trust: Broadmoor Hospital - information for clinicians', None,
  "Official page undated (cites the High Security Psychiatric Services Directions 2019, so 2019 or later). The Trust's "
  'secure-services page (https://www.westlondon.nhs.uk/our-services/adult/secure-services) says high secure services '
  "are 'provided at Broadmoor Hospital in Berkshire'. A new hospital building opened on the same grounds in December "
  "2019 (BBC; socialcare.today 2019-12-17, news) - same place, no break in use. periods '..' by presumption (in use "
  'long before 2014). Town: Crowthorne rests on BBC (news); the official page names only Berkshire. Checked by a '
  "second reader: verified (quote verbatim on the stored Trust page, which also says 'men over the age of 18'; the BBC "
  "page names Crowthorne: 'Patients and staff have moved into the hospital in Crowthorne, Berkshire' - town rests on "
  "news). Town 'Crowthorne' (https://feeds.bbci.co.uk/news/uk-england-berkshire-50802058). Quote: “Broadmoor Hospital "
  'provides multi-disciplinary treatment for up to 210 men over the age of 18 years who suffer from a mental disorder '
  'and are detained under the Mental Health Act 1983.”',
  None, '..', 'no', None,
  'https://www.westlondon.nhs.uk/our-services/adult/secure-services/broadmoor-hospital/information-clinicians', None,
  None, None),
 ('rampton-hospital', 'Rampton Hospital',
  ('Rampton Secure Hospital', 'Rampton', 'Woodbeck', 'Rampton Hospital, Retford'), 'high secure hospital',
  'mental-health', 'england', 'Nottinghamshire Healthcare NHS Foundation Trust', 'open',
  'https://dev.cqc.org.uk/location/RHA04/inspection-summary',
  'CQC: Rampton Hospital location page (background to inspection, updated 26 October 2016)', '2016-10-26',
  "Trust page undated; it also says 'All patients admitted to a clinical service in the Hospital are detained under "
  "the Mental Health Act 1983 (MHA)'. CQC location page (background updated 26 October 2016) gives the address "
  'Woodbeck, Retford, Nottinghamshire, DN22 0PD; CQC assessments 2024-2025 (cqc.org.uk provider RHA) show it still in '
  'use. Provides the national high secure services for women, deaf men and men with a learning disability (Trust '
  "page). periods '..' by presumption. Checked by a second reader: changed source. The Trust page given before "
  '(http://www.nottinghamshirehealthcare.nhs.uk/rampton-hospital) was not found in the stored copies (three searches), '
  "so its quote and its 'clinical service' sentence were not re-read. The same statement is on the CQC location page "
  "(stored on CQC's dev.cqc.org.uk host), quoted verbatim now; that page also says 'All patients admitted to the "
  "hospital are detained under the Mental Health Act 1983 (MHA)', lists the National High Secure Healthcare Service "
  "for Women and Deaf Service, and gives 'Woodbeck, Retford, Nottinghamshire, DN22 0PD' and 'Provided and run by: "
  "Nottinghamshire Healthcare NHS Foundation Trust'. Label kept (CQC page). Town 'Retford'. Quote: “Rampton hospital "
  'is one of three high security hospitals in England and Wales and is part of Nottinghamshire Healthcare NHS '
  'Foundation Trust.”',
  None, '..', None, None, None, None, 'Retford', 'https://dev.cqc.org.uk/location/RHA04/inspection-summary'),
 ('ashworth-hospital', 'Ashworth Hospital',
  ('Ashworth High Secure Hospital', 'Ashworth', 'Maghull Health Park', 'Ashworth Hospital, Maghull'),
  'high secure hospital', 'mental-health', 'england', 'Mersey Care NHS Foundation Trust', 'open',
  'https://merseycare.nhs.uk/ashworth-hospital', 'Mersey Care NHS Foundation Trust: Ashworth High Secure Hospital',
  '2024',
  "as_of inferred: the page mentions relicensing by DHSC 'in March 2024'. Same page: formed in 1989 from Moss Side and "
  "Park Lane hospitals ('merged in 1989'), care 'for men aged 18 and above', 'men ... who are detained under the "
  "Mental Health Act', '13 wards with beds for 210 patients'. Town Maghull (same page: 'Maghull Health Park'). Checked "
  "by a second reader: verified (quote verbatim; 'merged in 1989', 'men aged 18 and above', relicensed 'in March "
  "2024', '13 wards with beds for 210 patients' all on the stored page). Town 'Maghull'. Quote: “Ashworth High Secure "
  'Hospital is part of Mersey Care’s Maghull Health Park, a centre of excellence for secure care which includes Rowan '
  'View medium secure hospital and Aspen Wood, a low secure facility for learning disability and autism patients.”',
  None, '..', 'no', 'https://merseycare.nhs.uk/ashworth-hospital', 'https://merseycare.nhs.uk/ashworth-hospital', None,
  'Maghull', 'https://merseycare.nhs.uk/ashworth-hospital'),
 ('rowan-view', 'Rowan View', ('Rowan View medium secure hospital', 'Maghull Health Park', 'Rowan View, Maghull'),
  'medium secure unit', 'mental-health', 'england', 'Mersey Care NHS Foundation Trust', 'open',
  'https://merseycare.nhs.uk/ashworth-hospital',
  'Mersey Care NHS Foundation Trust: Ashworth High Secure Hospital (names Rowan View)', '2024',
  'Named on the Ashworth page only; opening date not seen. Start bound UNCERTAIN: the page was written after March '
  "2024 (mentions relicensing then), so 'by 2024-03' is the page's earliest possible date, not a date seen for Rowan "
  'View; whether it was in use on 14 Dec 2014 not seen. Checked by a second reader: changed periods, opened and label. '
  "Quote verified on the Ashworth page. Mersey Care's own Rowan View page "
  "(https://www.merseycare.nhs.uk/rowanviewhospital) says 'A 2020 built medium secure facility with eight wards' at "
  "Maghull Health Park and 'As Rowan View is a medium secure hospital'; Mersey Care's consultation page (marked "
  "'Issued 12 January 2014'; formal consultation from 12 January 2015, extended to 27 March 2015) was still 'proposing "
  "to build a new, 90-bed clinic on our Maghull site'. So it was not in use on 14 Dec 2014: start is now the window "
  '2020/2024-03 (built 2020; in use at the Ashworth page, written after March 2024); the exact opening date is still '
  'not seen. Name, kind and the start window now rest on Mersey Care pages, so the label is raised to CONFIRMED. Town '
  "'Maghull'. Quote: “Ashworth High Secure Hospital is part of Mersey Care’s Maghull Health Park, a centre of "
  'excellence for secure care which includes Rowan View medium secure hospital and Aspen Wood, a low secure facility '
  'for learning disability and autism patients.”',
  '2020/2024-03', '2020/2024-03..', None,
  'https://merseycare.nhs.uk/ashworth-hospital ; https://www.merseycare.nhs.uk/rowanviewhospital ; '
  'https://merseycare.nhs.uk/about-us/news/consultation-medium-sercure-services/',
  None, None, 'Maghull', 'https://merseycare.nhs.uk/ashworth-hospital'),
 ('state-hospital-carstairs', 'The State Hospital',
  ('State Hospital', 'Carstairs', 'Carstairs Hospital', 'The State Hospital, Carstairs',
   'State Hospitals Board for Scotland', 'The State Hospital, Lanark'),
  'high secure hospital', 'mental-health', 'scotland', 'State Hospitals Board for Scotland', 'open',
  'http://www.tsh.scot.nhs.uk/', 'The State Hospital (State Hospitals Board for Scotland): home page', None,
  "Page undated. Same page: address 'The State Hospital, Carstairs, Lanark ML11 8RP'; 'high secure forensic mental "
  "health services for Scotland and Northern Ireland'; brought into the NHS in Scotland in 1994. Also named in the "
  "Scottish Government's Independent Forensic Mental Health Review (gov.scot, annex E: 'one national high secure unit "
  "in Scotland located in the State Hospital', males only). Town: Carstairs (postal town Lanark). Checked by a second "
  "reader: verified (quote verbatim on the stored tsh.scot.nhs.uk home page, with the address 'The State Hospital, "
  "Carstairs, Lanark ML11 8RP' and the 1994 Act; gov.scot annex E also verified). Town 'Carstairs (Lanark)'. Quote: "
  '“The State Hospital is one of four high secure hospitals in the UK. It is a national service for Scotland and '
  'Northern Ireland and one part of the pathway of care that should be available for those with secure care needs.”',
  None, '..', None, None, None, None, 'Lanark', 'http://www.tsh.scot.nhs.uk/'),
 ('rohallion-clinic', 'Rohallion Clinic',
  ('Rohallion', 'Rohallion Clinic, Murray Royal Hospital', 'Murray Royal Hospital, Perth', 'Rohallion Clinic, Perth'),
  'medium secure unit', 'mental-health', 'scotland', 'NHS Tayside', 'open',
  'https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/cppp-12-06-2012?iob=64912&meeting=7116',
  'Scottish Parliament Health and Sport Committee, 12 June 2012: Mental Health (Safety and Security) (Scotland) '
  'Amendment Regulations 2012',
  '2012-06-12',
  "Opened 2012 (Parliament: 'due to open in August' 2012; NHS Tayside staff news blog 2018: 'Rohallion Clinic opened "
  "in 2012' at Murray Royal Hospital, Perth, medium and low secure beds - the blog is not on an nhs.scot address, "
  'treated as a lead; an MWC report copy on 1library says September 2012, mirror). In use on 14 Dec 2014, so periods '
  "'..'. Still one of three medium secure units in gov.scot's Independent Forensic Mental Health Review and SPICe "
  '2023. Operator NHS Tayside rests on the blog. Checked by a second reader: verified (quote verbatim on the stored '
  "Official Report; the same page calls it 'Scotland’s third medium secure unit, after the Orchard clinic in Edinburgh "
  "and the Rowanbank unit in Glasgow'). Added official support: the Mental Health (Safety and Security) (Scotland) "
  'Amendment Regulations 2012 (https://legislation.gov.uk/ssi/2012/211/made/data.htm, in force 1 August 2012) name '
  "'the Medium Secure Service, Rohallion Clinic, Murray Royal Hospital, Muirhall Road, Perth', and the Mental Health "
  '(Detention in Conditions of Excessive Security) (Scotland) Regulations 2015 '
  '(https://legislation.gov.uk/ssi/2015/364/body/made/data.html, in force 16 November 2015) list it as a qualifying '
  "hospital with the Orchard Clinic and Rowanbank Clinic. Operator NHS Tayside still rests on the blog. Town 'Perth'. "
  'Quote: “The purpose of that is to include the new medium secure service at the Rohallion clinic in Perth in the '
  'list of hospitals where the 2005 regulations apply. That will bring Rohallion into line with the other medium '
  'secure units in Scotland. Rohallion is due to open in August.”',
  None, '..', None,
  'https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/cppp-12-06-2012?iob=64912&meeting=7116 '
  '; '
  'https://nhstaysidelowdown.com/2018/10/31/rohallion-clinic-receives-positive-report-from-mental-welfare-commission/',
  None, None, 'Perth',
  'https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/cppp-12-06-2012?iob=64912&meeting=7116'),
 ('orchard-clinic-edinburgh', 'The Orchard Clinic',
  ('Orchard Clinic', 'Orchard Clinic, Royal Edinburgh Hospital', 'Royal Edinburgh Hospital',
   'The Orchard Clinic, Edinburgh'),
  'medium secure unit', 'mental-health', 'scotland', 'NHS Lothian', 'open',
  'https://apps.nhslothian.scot/refhelp/guidelines/mentalhealthadult/forensicpsychiatry',
  'NHS Lothian RefHelp: Forensic psychiatry (adult mental health)', None,
  "Page undated. Same page: 'The Orchard Clinic was opened in 2000 and contains three wards, for a total of 40 "
  "inpatient beds'; adults only ('Who not to refer: Children and young people (<18 years'). Not to be confused with "
  "the Orchard unit at St Bernard's Hospital, Ealing (West London NHS Trust). Town Edinburgh: Scottish Parliament 2012 "
  "('the Orchard clinic in Edinburgh'). Checked by a second reader: verified (quote, 'opened in 2000', 'Who not to "
  "refer: Children and young people (<18 years' verbatim on the stored NHS Lothian page; the Parliament page says 'the "
  "Orchard clinic in Edinburgh'). Town 'Edinburgh' "
  '(https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/cppp-12-06-2012?iob=64912&meeting=7116). '
  'Quote: “The Orchard Clinic is a Medium Secure Unit based at the Royal Edinburgh Hospital. It provides specialist '
  'forensic assessment and treatment for patients in Lothian, Borders, Forth Valley and Fife, as well as some national '
  'patients.”',
  None, '..', 'no', 'https://apps.nhslothian.scot/refhelp/guidelines/mentalhealthadult/forensicpsychiatry',
  'https://apps.nhslothian.scot/refhelp/guidelines/mentalhealthadult/forensicpsychiatry', None, 'Edinburgh',
  'https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/cppp-12-06-2012?iob=64912&meeting=7116'),
 ('rowanbank-clinic', 'Rowanbank Clinic',
  ('Rowanbank', 'Rowanbank Clinic, Stobhill Hospital', 'Stobhill', 'Balornock Road', 'Rowanbank Clinic, Glasgow'),
  'medium secure unit', 'mental-health', 'scotland', 'NHS Greater Glasgow and Clyde', 'open',
  'https://www.gov.scot/publications/independent-forensic-mental-health-review-final-report/pages/18/',
  'Scottish Government: Independent Forensic Mental Health Review, final report, Annex E: Forensic mental health '
  'inpatient provision',
  '2021',
  'as_of inferred (final report of the review; date not in the excerpt; cites census data to 2017 and later). Same '
  "page: 'Rowanbank is a 74 bed unit'. Opened to admissions in 2007 (Evening Times, news), so periods '..'. NHSGGC "
  'background page (nhsggc.org.uk) calls it the second medium secure centre built in Scotland, after the Orchard '
  'Clinic. Line breaks in the quote are rendered as spaces. Checked by a second reader: verified (quote verbatim on '
  "the stored gov.scot annex E page, line breaks as spaces; 'Rowanbank is a 74 bed unit' on the same page). Town "
  "'Glasgow'. Quote: “There are three regional medium secure units in Scotland. Rowanbank Clinic, Stobhill Hospital, "
  'Glasgow - NHS Greater Glasgow and Clyde”',
  None, '..', None, None, None, None, 'Glasgow',
  'https://www.gov.scot/publications/independent-forensic-mental-health-review-final-report/pages/18/'),
 ('three-bridges-msu', 'Three Bridges',
  ('Three Bridges medium secure unit', 'Three Bridges Regional Secure Unit', "St Bernard's Hospital", 'Southall',
   'Three Bridges, Ealing'),
  'medium secure unit', 'mental-health', 'england', 'West London NHS Trust', 'open',
  'https://www.westlondon.nhs.uk/our-services/adult/secure-services', 'West London NHS Trust: Secure services', None,
  "Page undated. Town: same page, 'medium and low secure services on the St Bernard’s Hospital site in Ealing'. "
  "periods '..' by presumption (opening date not seen). Checked by a second reader: verified (quote verbatim on the "
  'stored Trust secure-services page). Also seen: Trust news of 2 Feb 2016 '
  '(https://www.westlondon.nhs.uk/news-events/new-medium-secure-unit-opens-st-bernards-hospital/) on an 80-bed medium '
  "secure building (Thames Lodge) opening at St Bernard's, with a 'Three Bridges reception area' - so the unit existed "
  'by Feb 2016; \'..\' remains a presumption. Town "Ealing (St Bernard\'s Hospital)". Quote: “Three Bridges is a '
  'medium secure unit which provides secure services to men with complex and enduring needs, who pose a risk to '
  'themselves or others, and who require a secure setting”',
  None, '..', None, None, None, None, 'Ealing', 'https://www.westlondon.nhs.uk/our-services/adult/secure-services'),
 ('orchard-unit-st-bernards', "The Orchard (West London NHS Trust women's secure service)",
  ('Orchard unit', "The Orchard, St Bernard's Hospital", "West London women's secure services",
   "The Orchard (West London NHS Trust women's secure service), Ealing",
   "The Orchard (West London NHS Trust women's secure service), St Bernard's Hospital"),
  'medium secure unit', 'mental-health', 'england', 'West London NHS Trust', 'open',
  'https://www.westlondon.nhs.uk/our-services/adult/secure-services', 'West London NHS Trust: Secure services', None,
  "Women's low, medium and enhanced medium secure service (all levels on one site). Not the Orchard Clinic in "
  "Edinburgh. Page undated. Women's high secure beds left Broadmoor for 'a new service in Southall' in September 2007 "
  "(Wikipedia copy, mirror) - probably this service (not verified), so periods '..' by presumption. Checked by a "
  "second reader: verified (quote verbatim on the stored Trust secure-services page). The Trust's own Orchard page "
  "(https://www.westlondon.nhs.uk/our-services/adult/secure-services/orchard-unit) says 'The Orchard Unit was built in "
  "2007' with low and medium secure wards, so '..' now also rests on an official page; a Trust news item of 6 June "
  '2025 reports two more secure wards opened there. Town "Ealing (St Bernard\'s Hospital)". Quote: “The Orchard unit '
  'provides high-quality care for women who have mental illness, or a personality disorder and who need care in a low, '
  "medium or enhanced medium secure setting. It is on St Bernard's Hospital site.”",
  None, '..', None, None, None, None, 'Ealing', 'https://www.westlondon.nhs.uk/our-services/adult/secure-services'),
 ('reaside-clinic', 'Reaside Clinic', ('Reaside', 'Reaside medium secure unit', 'Rednal', 'Reaside Clinic, Birmingham'),
  'medium secure unit', 'mental-health', 'england', 'Birmingham and Solihull Mental Health NHS Foundation Trust',
  'open', 'https://cqc.org.uk/provider/RXT/reports/AP4194/forensic-inpatient-or-secure-wards',
  'CQC: Birmingham and Solihull Mental Health NHS Foundation Trust - forensic inpatient or secure wards (report from 6 '
  'November 2024 assessment)',
  '2024-11-06',
  "Same page: 7 wards; serves the West Midlands region. periods '..' by presumption (opening date not seen). Town: "
  "Rednal, Birmingham rests on a news page (The British Eye: 'The Reaside Clinic in Rednal'). Checked by a second "
  'reader: verified (quote verbatim on the stored CQC page, report from 6 November 2024 assessment; CQC press release '
  "of 6 Nov 2024 also calls it 'Reaside Clinic, a medium secure clinic for men'). Town: The British Eye text 'The "
  "Reaside Clinic in Rednal' verified - town rests on news. Town 'Rednal (Birmingham)' "
  '(https://www.thebritisheye.com/?p=15407). Quote: “Reaside is a medium secure unit for men provided by Birmingham '
  'and Solihull Mental Health NHS Foundation Trust.”',
  None, '..', None, None, None, None, None, None),
 ('psni-custody-musgrave', 'Musgrave custody suite',
  ('Musgrave', 'Musgrave Street', 'Musgrave station', 'Belfast custody suite', 'Musgrave custody suite, Belfast'),
  'police custody suite', 'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  'NIPB answer undated; as_of inferred 2020 (written after Banbridge closed in March 2020 and before the upgrade due '
  "'by September 2020'; Waterside then expected January 2022), so in use at the latest by 2020-09. Listed under "
  "'Belfast'; CJI (2020) also names 'Musgrave custody suite in Belfast' (nurse-led healthcare pilot). Serious Crime "
  'Suite moved permanently to Musgrave (Lurgan Mail 2015, news). Checked by a second reader: verified (quote verbatim '
  "on the stored NIPB answer, list items joined as described). Town: CJI 2020 page verified ('Musgrave custody suite "
  "in Belfast'); the NIPB list also files it under 'Belfast'. Town 'Belfast' "
  '(https://www.cjini.org/NewsAndEvents/2009/2020/July-September/Joint-inspection-report-on-police-custody-arrangem). '
  'Quote: “The following custody suites are currently operational on a 24/7 basis: [...] Belfast [...] Musgrave – '
  'capacity 50 cells”',
  None, 'by 2020-09..', None, 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0', None, None,
  'Belfast',
  'https://www.cjini.org/NewsAndEvents/2009/2020/July-September/Joint-inspection-report-on-police-custody-arrangem'),
 ('psni-custody-strand-road', 'Strand Road custody suite',
  ('Strand Road', 'Strand Road police station', 'Derry', 'Londonderry'), 'police custody suite', 'police-custody',
  'northern-ireland', 'Police Service of Northern Ireland', 'closed 2023-11-27/2023-12-01',
  'https://www.psni.police.uk/latest-news/new-waterside-custody-suite-opens', 'PSNI: New Waterside custody suite opens',
  '2023-12',
  "In use: NIPB 2020 ('Strand Road – capacity 9 cells'). Closed when the Waterside suite opened: the PSNI page says "
  "Waterside opened 'this week'; the page date is not in the stored text, and third-party copies are dated 1 Dec 2023 "
  "(4ni.co.uk, policeprofessional.com; derrydaily.net 2023-12-01 'will open ... today'), hence the window "
  '2023-11-27/2023-12-01 (UNCERTAIN: rests on third-party dates). Town rests on Derry Now (news). Checked by a second '
  "reader: verified (quote verbatim on the stored PSNI page; NIPB 'Strand Road – capacity 9 cells' verified; "
  "third-party copies verified: policeprofessional.com 'Dec 1, 2023', 4ni.co.uk '01/12/2023', derrydaily.net "
  "2023-12-01 'will open its new custody suite ... today'; Derry Now 2021 town text verified - town rests on news). "
  "Town 'Derry (Londonderry)' "
  '(https://www.derrynow.com/news/news/601990/completion-of-11m-upgrade-at-waterside-psni-station-delayed-by-covid.html). '
  'Quote: “Anyone detained, and who previously would have been taken into custody at Strand Road, which had nine '
  'cells, and Coleraine which had 10 cells, will now go to Waterside. Strand Road Custody Suite has consequently '
  'closed while the Coleraine Suite will be used on an ad-hoc basis.”',
  None, 'by 2020-09..2023-11-27/2023-12-01', None,
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0 ; '
  'https://www.psni.police.uk/latest-news/new-waterside-custody-suite-opens',
  None, None, None, None),
 ('psni-custody-waterside', 'Waterside custody suite',
  ('Waterside', 'Waterside PSNI Station', 'Waterside police station', 'Derry', 'Londonderry'), 'police custody suite',
  'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.psni.police.uk/latest-news/new-waterside-custody-suite-opens', 'PSNI: New Waterside custody suite opens',
  '2023-12',
  "21 cells; serves the North West 'from Coleraine to Strabane' (PSNI). Opening week UNCERTAIN: PSNI page date not in "
  "the stored text; third-party copies dated 1 Dec 2023 (4ni.co.uk, policeprofessional.com, derrydaily.net 'will open "
  "... today'). NIPB (2020) had expected January 2022. Town rests on Derry Now 2021 (news: 'Waterside Police Station "
  "in Derry'). Checked by a second reader: verified (quote verbatim on the stored PSNI page; dates rest on the same "
  "third-party copies as Strand Road; NIPB 'expected to open in January 2022' verified; Derry Now 2021 'Waterside "
  "Police Station in Derry' verified - town rests on news). Town 'Derry (Londonderry)' "
  '(https://www.derrynow.com/news/news/601990/completion-of-11m-upgrade-at-waterside-psni-station-delayed-by-covid.html). '
  'Quote: “A new purpose-built custody suite has this week officially opened within the existing Waterside PSNI '
  'Station site.”',
  '2023-11-27/2023-12-01', '2023-11-27/2023-12-01..', None,
  'https://www.psni.police.uk/latest-news/new-waterside-custody-suite-opens', None, None, None, None),
 ('psni-custody-coleraine', 'Coleraine custody suite', ('Coleraine', 'Coleraine police station'),
  'police custody suite', 'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  'NIPB answer undated; as_of inferred 2020 (written after Banbridge closed in March 2020 and before the upgrade due '
  "'by September 2020'; Waterside then expected January 2022), so in use at the latest by 2020-09. Closure proposed in "
  'December 2022 (Causeway Coast and Glens council PCSP page; northernirelandworld.com, news). PSNI, December 2023: '
  "'the Coleraine Suite will be used on an ad-hoc basis' after Waterside opened; Derry Journal (2024-08, news, FOI) "
  'reports detainees held there in June 2024. Status open (ad hoc / contingency). Checked by a second reader: verified '
  "(quote verbatim on the stored NIPB answer, list items joined as described). PSNI Waterside page ('the Coleraine "
  "Suite will be used on an ad-hoc basis') and the council PCSP page of 9 Dec 2022 (proposed closure) also verified. "
  "Town 'Coleraine'. Quote: “The following custody suites are currently operational on a 24/7 basis: [...] North Area "
  '[...] Coleraine – capacity 10 cells”',
  None, 'by 2020-09..', None,
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0 ; '
  'https://www.psni.police.uk/latest-news/new-waterside-custody-suite-opens',
  None, None, 'Coleraine', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('psni-custody-antrim', 'Antrim custody suite', ('Antrim', 'Antrim police station', 'Antrim serious crime suite'),
  'police custody suite', 'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  'NIPB answer undated; as_of inferred 2020 (written after Banbridge closed in March 2020 and before the upgrade due '
  "'by September 2020'; Waterside then expected January 2022), so in use at the latest by 2020-09. Checked by a second "
  'reader: verified (quote verbatim on the stored NIPB answer, list items joined as described). Also seen (official): '
  'PSNI news of 18 Oct 2016 '
  '(https://www.psni.police.uk/news/Latest-News/18102016-psni-announces-changes-to-its-custody-arrangements/) says '
  "'Antrim custody suite will re-open on December 1st 2016 following major refurbishment', so it was closed for part "
  "of 2015-2016; this does not affect 'by 2020-09..'. Town 'Antrim'. Quote: “The following custody suites are "
  'currently operational on a 24/7 basis: [...] North Area [...] Antrim – capacity 20 cells”',
  None, 'by 2020-09..', None, 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0', None, None,
  'Antrim', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('psni-custody-omagh', 'Omagh custody suite', ('Omagh', 'Omagh police station'), 'police custody suite',
  'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  'NIPB answer undated; as_of inferred 2020 (written after Banbridge closed in March 2020 and before the upgrade due '
  "'by September 2020'; Waterside then expected January 2022), so in use at the latest by 2020-09. Planned temporary "
  'closure of about 6 weeks for a medical-room upgrade (NIPB). Checked by a second reader: verified (quote verbatim on '
  "the stored NIPB answer, list items joined as described). Town 'Omagh'. Quote: “The following custody suites are "
  'currently operational on a 24/7 basis: [...] South Area [...] Omagh – capacity 10 cells”',
  None, 'by 2020-09..', None, 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0', None, None,
  'Omagh', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('psni-custody-dungannon', 'Dungannon custody suite', ('Dungannon', 'Dungannon police station'),
  'police custody suite', 'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  'NIPB answer undated; as_of inferred 2020 (written after Banbridge closed in March 2020 and before the upgrade due '
  "'by September 2020'; Waterside then expected January 2022), so in use at the latest by 2020-09. Planned temporary "
  'closure of about 6 weeks for a medical-room upgrade (NIPB). Derry Journal (2018, news) said PSNI expected Dungannon '
  'to close in 2018; it was still operating in 2020 (NIPB). Checked by a second reader: verified (quote verbatim on '
  "the stored NIPB answer, list items joined as described). Town 'Dungannon'. Quote: “The following custody suites are "
  'currently operational on a 24/7 basis: [...] South Area [...] Dungannon – capacity 5 cells”',
  None, 'by 2020-09..', None, 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0', None, None,
  'Dungannon', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('psni-custody-lurgan', 'Lurgan custody suite', ('Lurgan', 'Lurgan police station'), 'police custody suite',
  'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  'NIPB answer undated; as_of inferred 2020 (written after Banbridge closed in March 2020 and before the upgrade due '
  "'by September 2020'; Waterside then expected January 2022), so in use at the latest by 2020-09. Checked by a second "
  'reader: verified (quote verbatim on the stored NIPB answer, list items joined as described). Also seen (official): '
  "PSNI news of 18 Oct 2016 says Lurgan was then 'currently temporarily closed for refurbishment'; this does not "
  "affect 'by 2020-09..'. Town 'Lurgan'. Quote: “The following custody suites are currently operational on a 24/7 "
  'basis: [...] South Area [...] Lurgan – capacity 6 cells”',
  None, 'by 2020-09..', None, 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0', None, None,
  'Lurgan', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('psni-custody-banbridge', 'Banbridge custody suite', ('Banbridge', 'Banbridge police station'),
  'police custody suite', 'police-custody', 'northern-ireland', 'Police Service of Northern Ireland',
  'closed temporarily 2020-03', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  "NIPB: reopening expected after the upgrade ('Thereafter, Banbridge custody suite will reopen'), reopening not seen, "
  "so 'closed temporarily'. Start UNCERTAIN: in use in May 2018 per Derry Journal (news, PSNI FOI: Banbridge seven "
  'cells among operational cells); earlier refurbishment closure in 2015 (Lurgan Mail, news), so in use on 14 Dec 2014 '
  'not known. Checked by a second reader: verified (quote verbatim on the stored NIPB answer). Start not re-read '
  "(Derry Journal); Lurgan Mail 2015 (news) verified: Banbridge work 'expected to continue until December 2015' and to "
  're-open early 2016. Lead for the editor: a later NIPB answer '
  '(https://www.nipolicingboard.org.uk/questions/status-and-costs-custody-suite-refurbishment, figures dated October '
  "2025) speaks of 'seven suites that are routinely used, supported by contingency facilities' and of maintenance "
  "costs at 'older suite such as Banbridge and Lurgan' - Banbridge may have reopened; not verified, status left "
  "'closed temporarily 2020-03'. Town 'Banbridge'. Quote: “Banbridge (7 cells) was closed in March 2020 to allow for "
  'an upgrade to the medical room.”',
  None, 'by 2018-05..2020-03', None,
  'https://www.derryjournal.com/news/strand-road-cells-among-minority-with-no-toilets-1-8495633 ; '
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  None, None, 'Banbridge', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('psni-custody-enniskillen', 'Enniskillen custody suite', ('Enniskillen', 'Enniskillen police station', 'Fermanagh'),
  'police custody suite', 'police-custody', 'northern-ireland', 'Police Service of Northern Ireland',
  'closed temporarily 2018-03', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  "NIPB (2020): closed for refurbishment since March 2018; reopening not seen, so 'closed temporarily'. Start "
  'UNCERTAIN: listed as available for arrests in 2015 (Lurgan Mail, news, undated 2015 article); Derry Journal May '
  "2018 (news): 'currently temporarily closed'. Checked by a second reader: verified (quote verbatim on the stored "
  "NIPB answer; Lurgan Mail 2015 text 'Armagh, Dungannon, Omagh and Enniskillen will be available for arrests' "
  "verified). Also seen (official): PSNI news of 18 Oct 2016 planned that 'Enniskillen custody suite will close "
  "temporarily in March 2017', so it was in use in Oct 2016 on a PSNI page. Town 'Enniskillen'. Quote: “Enniskillen "
  'custody suite closed in March 2018 to allow for a full refurbishment.”',
  None, 'by 2015..2018-03', None,
  'https://www.lurganmail.co.uk/news/crime/custody-suite-set-to-close-for-an-upgrade-1-6867736 ; '
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  None, None, 'Enniskillen', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('psni-custody-strabane', 'Strabane custody suite', ('Strabane', 'Strabane police station'), 'police custody suite',
  'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  'NIPB answer undated; as_of inferred 2020 (written after Banbridge closed in March 2020 and before the upgrade due '
  "'by September 2020'; Waterside then expected January 2022), so in use at the latest by 2020-09. UNCERTAIN whether "
  "'in use': a contingency suite, normally closed ('moth-balled', Derry Journal 2018, news). Status 'open' here means "
  'available for use when required; the editor may prefer another status. Checked by a second reader: verified (quote '
  "verbatim on the stored NIPB answer, list items joined as described). Town 'Strabane'. Quote: “Both Strabane (6 "
  'cells) and Bangor (7 cells) remain closed per existing arrangements but are available on a contingency basis when '
  'operationally required.”',
  None, 'by 2020-09..', None, 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0', None, None,
  'Strabane', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('psni-custody-bangor', 'Bangor custody suite', ('Bangor custody suite, Bangor', 'Bangor police station'),
  'police custody suite', 'police-custody', 'northern-ireland', 'Police Service of Northern Ireland', 'open',
  'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0',
  "Northern Ireland Policing Board: written question 'PSNI Custody Suite Operation' (answer lists suites operational "
  '24/7)',
  '2020',
  'NIPB answer undated; as_of inferred 2020 (written after Banbridge closed in March 2020 and before the upgrade due '
  "'by September 2020'; Waterside then expected January 2022), so in use at the latest by 2020-09. UNCERTAIN whether "
  "'in use': a contingency suite, normally closed ('moth-balled', Derry Journal 2018, news); Derry Now (2021, news) "
  "reports a PSNI review that 'will also see the closure of custody suites in Bangor and Armagh' - closure not seen. "
  'Not the Bangor secure care centre (Lakewood) or JJC (Woodlands). Checked by a second reader: verified (quote '
  'verbatim on the stored NIPB answer, list items joined as described). Also seen (official): PSNI news of 18 Oct 2016 '
  "announced 'the closure of Bangor Custody Suite' from 1 December 2016, 'available for short, specific periods of "
  "time, if required' - consistent with the contingency status. Town 'Bangor'. Quote: “Both Strabane (6 cells) and "
  'Bangor (7 cells) remain closed per existing arrangements but are available on a contingency basis when '
  'operationally required.”',
  None, 'by 2020-09..', None, 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0', None, None,
  'Bangor', 'https://www.nipolicingboard.org.uk/questions/psni-custody-suite-operation-0'),
 ('ps-custody-ayr', 'Ayr custody centre', ('Ayr', 'Ayr police station'), 'police custody centre', 'police-custody',
  'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. HMICS "
  'Ayrshire report (2024) inspected Kilmarnock and Saltcoats, not Ayr. Checked by a second reader: verified (quote '
  "verbatim on the stored HMICS page dated 19 October 2018). Town 'Ayr'. Quote: “Our inspections of the 17 custody "
  'centres were unannounced and took place in May and June 2018. The centres visited were Ayr, Campbeltown, '
  'Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, '
  'Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None, 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  None, None, 'Ayr', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-campbeltown', 'Campbeltown custody centre', ('Campbeltown', 'Campbeltown police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also in "
  'the Argyll and West Dunbartonshire table (8 cells; throughput 2022-23 and 2023-24). Campbeltown police station also '
  "had 'legalised' police cells for prisoners (HMIPS 2008 and 2011-12 reports on prisonsinspectoratescotland.gov.uk; "
  'HMIPS recommended discontinuing them) - a separate role not listed here. Checked by a second reader: verified '
  '(quote verbatim on the stored HMICS page dated 19 October 2018). Argyll and West Dunbartonshire Table 2 figures '
  "also verified. Town 'Campbeltown'. Quote: “Our inspections of the 17 custody centres were unannounced and took "
  'place in May and June 2018. The centres visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort '
  'William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context',
  None, None, 'Campbeltown', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-coatbridge', 'Coatbridge custody centre', ('Coatbridge', 'Coatbridge police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also a "
  "primary custody centre for Lanarkshire in HMICS's 2023 report. Checked by a second reader: verified (quote verbatim "
  "on the stored HMICS page dated 19 October 2018). Town 'Coatbridge'. Quote: “Our inspections of the 17 custody "
  'centres were unannounced and took place in May and June 2018. The centres visited were Ayr, Campbeltown, '
  'Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, '
  'Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://hmics.scot/news/press-release-hmics-custody-inspection-%E2%80%93-lanarkshire',
  None, None, 'Coatbridge', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-dunfermline', 'Dunfermline custody centre', ('Dunfermline', 'Dunfermline police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also "
  "inspected in HMICS's Fife report (28 March 2024). Checked by a second reader: verified (quote verbatim on the "
  "stored HMICS page dated 19 October 2018). Town 'Dunfermline'. Quote: “Our inspections of the 17 custody centres "
  'were unannounced and took place in May and June 2018. The centres visited were Ayr, Campbeltown, Coatbridge, '
  'Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, Oban, '
  'Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://www.hmics.scot/publications/hmics-custody-inspection-report-fife',
  None, None, 'Dunfermline', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-dunoon', 'Dunoon custody centre', ('Dunoon', 'Dunoon police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also in "
  'the Argyll and West Dunbartonshire table (9 cells; throughput 2022-23 and 2023-24). Had legalised police cells for '
  'prisoners (HMIPS 2008, 2011-12), a separate role. Checked by a second reader: verified (quote verbatim on the '
  'stored HMICS page dated 19 October 2018). Argyll and West Dunbartonshire Table 2 figures also verified. Town '
  "'Dunoon'. Quote: “Our inspections of the 17 custody centres were unannounced and took place in May and June 2018. "
  'The centres visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, '
  'Kirkwall, Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context',
  None, None, 'Dunoon', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-elgin', 'Elgin custody centre', ('Elgin', 'Elgin police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also a "
  "primary centre in HMICS's North East report (14 December 2021). Checked by a second reader: verified (quote "
  "verbatim on the stored HMICS page dated 19 October 2018). Town 'Elgin'. Quote: “Our inspections of the 17 custody "
  'centres were unannounced and took place in May and June 2018. The centres visited were Ayr, Campbeltown, '
  'Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, '
  'Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://www.hmics.scot/publications/hmics-north-east-scotland-custody-inspection',
  None, None, 'Elgin', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-fort-william', 'Fort William custody centre', ('Fort William', 'Fort William police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also an "
  "ancillary centre inspected in HMICS's Highland and Islands report (records sampled October 2024 - March 2025). "
  "Checked by a second reader: verified (quote verbatim on the stored HMICS page dated 19 October 2018). Town 'Fort "
  "William'. Quote: “Our inspections of the 17 custody centres were unannounced and took place in May and June 2018. "
  'The centres visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, '
  'Kirkwall, Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://www.hmics.scot/publications/custody-inspection-report-highland-and-islands/our-inspection',
  None, None, 'Fort William', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-greenock', 'Greenock custody centre', ('Greenock custody centre, Greenock', 'Greenock police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. "
  'Edinburgh News (2014, news) reports Edinburgh detainees being transferred to Greenock, so probably in use in '
  '2013-14 (not official). Checked by a second reader: verified (quote verbatim on the stored HMICS page dated 19 '
  "October 2018). Town 'Greenock'. Quote: “Our inspections of the 17 custody centres were unannounced and took place "
  'in May and June 2018. The centres visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort '
  'William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None, 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  None, None, 'Greenock', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-hawick', 'Hawick custody centre', ('Hawick', 'Hawick police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Hawick "
  'police station also had legalised police cells for prisoners (HMIPS 2008, 2011-12), a separate role. Checked by a '
  "second reader: verified (quote verbatim on the stored HMICS page dated 19 October 2018). Town 'Hawick'. Quote: “Our "
  'inspections of the 17 custody centres were unannounced and took place in May and June 2018. The centres visited '
  'were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, Lanark, '
  'Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None, 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  None, None, 'Hawick', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-kirkwall', 'Kirkwall custody centre', ('Kirkwall', 'Kirkwall police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also an "
  'ancillary centre in the Highland and Islands report (2025). Kirkwall had legalised police cells (HMIPS). Checked by '
  "a second reader: verified (quote verbatim on the stored HMICS page dated 19 October 2018). Town 'Kirkwall'. Quote: "
  '“Our inspections of the 17 custody centres were unannounced and took place in May and June 2018. The centres '
  'visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, '
  'Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://www.hmics.scot/publications/custody-inspection-report-highland-and-islands/our-inspection',
  None, None, 'Kirkwall', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-lanark', 'Lanark custody centre', ('Lanark', 'Lanark police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Checked "
  "by a second reader: verified (quote verbatim on the stored HMICS page dated 19 October 2018). Town 'Lanark'. Quote: "
  '“Our inspections of the 17 custody centres were unannounced and took place in May and June 2018. The centres '
  'visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, '
  'Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None, 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  None, None, 'Lanark', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-lerwick', 'Lerwick custody centre', ('Lerwick', 'Lerwick police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also an "
  'ancillary centre in the Highland and Islands report (2025). Lerwick had legalised police cells (HMIPS). Checked by '
  "a second reader: verified (quote verbatim on the stored HMICS page dated 19 October 2018). Town 'Lerwick'. Quote: "
  '“Our inspections of the 17 custody centres were unannounced and took place in May and June 2018. The centres '
  'visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, '
  'Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://www.hmics.scot/publications/custody-inspection-report-highland-and-islands/our-inspection',
  None, None, 'Lerwick', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-lochgilphead', 'Lochgilphead custody centre', ('Lochgilphead', 'Lochgilphead police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also in "
  'the Argyll and West Dunbartonshire table (3 cells). Checked by a second reader: verified (quote verbatim on the '
  'stored HMICS page dated 19 October 2018). Argyll and West Dunbartonshire Table 2 figures also verified. Town '
  "'Lochgilphead'. Quote: “Our inspections of the 17 custody centres were unannounced and took place in May and June "
  '2018. The centres visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, '
  'Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context',
  None, None, 'Lochgilphead', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-oban', 'Oban custody centre', ('Oban', 'Oban police station'), 'police custody centre', 'police-custody',
  'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also one "
  "of the two primary centres in HMICS's Argyll and West Dunbartonshire report (7 cells). Oban had legalised police "
  'cells (HMIPS). Checked by a second reader: verified (quote verbatim on the stored HMICS page dated 19 October '
  "2018). Argyll and West Dunbartonshire Table 2 figures also verified. Town 'Oban'. Quote: “Our inspections of the 17 "
  'custody centres were unannounced and took place in May and June 2018. The centres visited were Ayr, Campbeltown, '
  'Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, '
  'Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/key-findings',
  None, None, 'Oban', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-saltcoats', 'Saltcoats custody centre', ('Saltcoats', 'Saltcoats police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also "
  "inspected in HMICS's Ayrshire report (30 May 2024). Checked by a second reader: verified (quote verbatim on the "
  "stored HMICS page dated 19 October 2018). Town 'Saltcoats'. Quote: “Our inspections of the 17 custody centres were "
  'unannounced and took place in May and June 2018. The centres visited were Ayr, Campbeltown, Coatbridge, '
  'Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, Oban, '
  'Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; https://hmics.scot/node/1216',
  None, None, 'Saltcoats', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-stornoway', 'Stornoway custody centre', ('Stornoway', 'Stornoway police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also an "
  'ancillary centre in the Highland and Islands report (2025). Stornoway had legalised police cells (HMIPS). Checked '
  "by a second reader: verified (quote verbatim on the stored HMICS page dated 19 October 2018). Town 'Stornoway'. "
  'Quote: “Our inspections of the 17 custody centres were unannounced and took place in May and June 2018. The centres '
  'visited were Ayr, Campbeltown, Coatbridge, Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, '
  'Lanark, Lerwick, Lochgilphead, Oban, Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://www.hmics.scot/publications/custody-inspection-report-highland-and-islands/our-inspection',
  None, None, 'Stornoway', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-wick', 'Wick custody centre', ('Wick', 'Wick police station'), 'police custody centre', 'police-custody',
  'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland',
  'HMICS: Inspection of custody centres across Scotland (19 October 2018)', '2018-10-19',
  "Named in HMICS's 2018 inspection (unannounced visits May-June 2018), so in use by 2018-06; start not seen. Also an "
  'ancillary centre in the Highland and Islands report (2025). Checked by a second reader: verified (quote verbatim on '
  "the stored HMICS page dated 19 October 2018). Town 'Wick'. Quote: “Our inspections of the 17 custody centres were "
  'unannounced and took place in May and June 2018. The centres visited were Ayr, Campbeltown, Coatbridge, '
  'Dunfermline, Dunoon, Elgin, Fort William, Greenock, Hawick, Kirkwall, Lanark, Lerwick, Lochgilphead, Oban, '
  'Saltcoats, Stornoway and Wick.”',
  None, 'by 2018-06..', None,
  'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland ; '
  'https://www.hmics.scot/publications/custody-inspection-report-highland-and-islands/our-inspection',
  None, None, 'Wick', 'https://www.hmics.scot/publications/hmics-inspection-custody-centres-across-scotland'),
 ('ps-custody-clydebank', 'Clydebank custody centre', ('Clydebank', 'Clydebank police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/key-findings',
  'HMICS and HIS: Custody Inspection Report - Argyll and West Dunbartonshire, Key findings', '2024',
  "Listed in Table 2 of HMICS's Argyll and West Dunbartonshire report with throughput in 2022-23 and 2023-24, so in "
  "use by 2023-03; start not seen. Report date not in the stored text (first report of HMICS's 2024-25 programme; "
  'as_of inferred 2024). Table line breaks rendered as spaces; [...] marks omitted text. 29 cells (Table 2, '
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context). Checked by a '
  "second reader: verified (quote verbatim on the stored key-findings page; Table 2 '29 | 5,002 | 5,323' verified on "
  "the context page). Town 'Clydebank'. Quote: “The Argyll and West Dunbartonshire police division has two primary "
  'custody centres. The principal centre is in Clydebank, the second is in Oban.”',
  None, 'by 2023-03..', None,
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context ; '
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/key-findings',
  None, None, 'Clydebank',
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/key-findings'),
 ('ps-custody-rothesay', 'Rothesay custody centre', ('Rothesay', 'Rothesay police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context',
  'HMICS and HIS: Custody Inspection Report - Argyll and West Dunbartonshire, Context (Table 2: custody centre cell '
  'capacity and throughput)',
  '2024',
  "Listed in Table 2 of HMICS's Argyll and West Dunbartonshire report with throughput in 2022-23 and 2023-24, so in "
  "use by 2023-03; start not seen. Report date not in the stored text (first report of HMICS's 2024-25 programme; "
  'as_of inferred 2024). Table line breaks rendered as spaces; [...] marks omitted text. Not a primary centre: the '
  'report says other custody centres in the division have custody staff in daytime hours only or are unstaffed and '
  'opened when required. Checked by a second reader: verified (row figures verbatim in Table 2 on the stored context '
  "page). Town 'Rothesay'. Quote: “Table 2 – Custody centre cell capacity and throughput Custody centre | Number of "
  'cells | 2022-23 | 2023-24 | [...] Rothesay | 5 | 106 | 124 |”',
  None, 'by 2023-03..', None,
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context', None, None,
  'Rothesay', 'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context'),
 ('ps-custody-tobermory', 'Tobermory custody centre', ('Tobermory', 'Tobermory police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context',
  'HMICS and HIS: Custody Inspection Report - Argyll and West Dunbartonshire, Context (Table 2: custody centre cell '
  'capacity and throughput)',
  '2024',
  "Listed in Table 2 of HMICS's Argyll and West Dunbartonshire report with throughput in 2022-23 and 2023-24, so in "
  "use by 2023-03; start not seen. Report date not in the stored text (first report of HMICS's 2024-25 programme; "
  'as_of inferred 2024). Table line breaks rendered as spaces; [...] marks omitted text. Not a primary centre: the '
  'report says other custody centres in the division have custody staff in daytime hours only or are unstaffed and '
  'opened when required. Checked by a second reader: verified (row figures verbatim in Table 2 on the stored context '
  "page). Town 'Tobermory'. Quote: “Table 2 – Custody centre cell capacity and throughput Custody centre | Number of "
  'cells | 2022-23 | 2023-24 | [...] Tobermory | 1 | 8 | 11 |”',
  None, 'by 2023-03..', None,
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context', None, None,
  'Tobermory', 'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context'),
 ('ps-custody-craignure', 'Craignure custody centre', ('Craignure', 'Craignure police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context',
  'HMICS and HIS: Custody Inspection Report - Argyll and West Dunbartonshire, Context (Table 2: custody centre cell '
  'capacity and throughput)',
  '2024',
  "Listed in Table 2 of HMICS's Argyll and West Dunbartonshire report with throughput in 2022-23 and 2023-24, so in "
  "use by 2023-03; start not seen. Report date not in the stored text (first report of HMICS's 2024-25 programme; "
  'as_of inferred 2024). Table line breaks rendered as spaces; [...] marks omitted text. Not a primary centre: the '
  'report says other custody centres in the division have custody staff in daytime hours only or are unstaffed and '
  'opened when required. Checked by a second reader: verified (row figures verbatim in Table 2 on the stored context '
  "page). Town 'Craignure'. Quote: “Table 2 – Custody centre cell capacity and throughput Custody centre | Number of "
  'cells | 2022-23 | 2023-24 | [...] Craignure | 1 | 3 | 9 |”',
  None, 'by 2023-03..', None,
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context', None, None,
  'Craignure', 'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context'),
 ('ps-custody-tiree', 'Tiree custody centre', ('Tiree', 'Tiree police station', 'Tiree custody centre, Isle of Tiree'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context',
  'HMICS and HIS: Custody Inspection Report - Argyll and West Dunbartonshire, Context (Table 2: custody centre cell '
  'capacity and throughput)',
  '2024',
  "Listed in Table 2 of HMICS's Argyll and West Dunbartonshire report with throughput in 2022-23 and 2023-24, so in "
  "use by 2023-03; start not seen. Report date not in the stored text (first report of HMICS's 2024-25 programme; "
  'as_of inferred 2024). Table line breaks rendered as spaces; [...] marks omitted text. Not a primary centre: the '
  'report says other custody centres in the division have custody staff in daytime hours only or are unstaffed and '
  'opened when required. Checked by a second reader: verified (row figures verbatim in Table 2 on the stored context '
  "page). Town 'Tiree (Isle of Tiree)'. Quote: “Table 2 – Custody centre cell capacity and throughput Custody centre | "
  'Number of cells | 2022-23 | 2023-24 | [...] Tiree | 1 | 4 | 2 |”',
  None, 'by 2023-03..', None,
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context', None, None,
  'Tiree', 'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context'),
 ('ps-custody-bowmore', 'Bowmore custody centre', ('Bowmore', 'Bowmore police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context',
  'HMICS and HIS: Custody Inspection Report - Argyll and West Dunbartonshire, Context (Table 2: custody centre cell '
  'capacity and throughput)',
  '2024',
  "Listed in Table 2 of HMICS's Argyll and West Dunbartonshire report with throughput in 2022-23 and 2023-24, so in "
  "use by 2023-03; start not seen. Report date not in the stored text (first report of HMICS's 2024-25 programme; "
  'as_of inferred 2024). Table line breaks rendered as spaces; [...] marks omitted text. Not a primary centre: the '
  'report says other custody centres in the division have custody staff in daytime hours only or are unstaffed and '
  'opened when required. Checked by a second reader: verified (row figures verbatim in Table 2 on the stored context '
  "page). Town 'Bowmore'. Quote: “Table 2 – Custody centre cell capacity and throughput Custody centre | Number of "
  'cells | 2022-23 | 2023-24 | [...] Bowmore | 2 | 17 | 33 |”',
  None, 'by 2023-03..', None,
  'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context', None, None,
  'Bowmore', 'https://hmics.scot/publications/custody-inspection-report-argyll-and-west-dunbartonshire/context'),
 ('ps-custody-govan', 'Govan custody centre', ('Govan', 'Govan police station', 'Glasgow'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/inspection-custody-centres-greater-glasgow-division',
  'HMICS: Inspection of custody centres in Greater Glasgow Division (12 June 2019)', '2019-06-12',
  "Start not seen. Still one of Glasgow's two primary custody centres in HMICS's later Greater Glasgow report "
  '(2024-25; key findings: https://hmics.scot/publications/custody-inspection-report-greater-glasgow/key-findings). '
  'Edinburgh News (2014, news) mentions transfers to Govan in 2013-14. Checked by a second reader: verified (quote '
  'verbatim on the stored HMICS page dated 12 June 2019; 2024-25 key findings and Table 2 (50 cells) also verified). '
  "Town 'Glasgow (Govan)'. Quote: “The division is served by four primary centres at Aikenhead Road, Govan, London "
  'Road and Stewart Street, and an ancillary centre at Baird Street.”',
  None, 'by 2019-06..', None,
  'https://www.hmics.scot/publications/inspection-custody-centres-greater-glasgow-division ; '
  'https://hmics.scot/publications/custody-inspection-report-greater-glasgow/key-findings',
  None, None, 'Glasgow', 'https://hmics.scot/publications/custody-inspection-report-greater-glasgow/context'),
 ('ps-custody-london-road', 'London Road custody centre', ('London Road', 'London Road police station', 'Glasgow'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'http://hmics.org/publications/hmics-inspection-custody-centres-aikenhead-road-and-london-road-glasgow',
  'HMICS: Inspection of custody centres at Aikenhead Road and London Road, Glasgow (19 July 2016)', '2016-07-19',
  "hmics.org was HMICS's former address. Start not seen. Also named in 2019 and as a primary centre in the 2024-25 "
  'Greater Glasgow report (https://hmics.scot/publications/custody-inspection-report-greater-glasgow/key-findings). '
  'Checked by a second reader: verified (quote verbatim on the stored hmics.org page dated 19 July 2016; 2019 and '
  "2024-25 pages also verified). Town 'Glasgow'. Quote: “The aim of this inspection was to assess the treatment of and "
  'conditions for those detained in police custody centres located at Aikenhead Road and London Road in Glasgow.”',
  None, 'by 2016-07..', None,
  'http://hmics.org/publications/hmics-inspection-custody-centres-aikenhead-road-and-london-road-glasgow ; '
  'https://www.hmics.scot/publications/inspection-custody-centres-greater-glasgow-division ; '
  'https://hmics.scot/publications/custody-inspection-report-greater-glasgow/key-findings',
  None, None, 'Glasgow',
  'http://hmics.org/publications/hmics-inspection-custody-centres-aikenhead-road-and-london-road-glasgow'),
 ('ps-custody-aikenhead-road', 'Aikenhead Road custody centre',
  ('Aikenhead Road', 'Aikenhead Road police station', 'Glasgow'), 'police custody centre', 'police-custody', 'scotland',
  'Police Scotland', 'open',
  'http://hmics.org/publications/hmics-inspection-custody-centres-aikenhead-road-and-london-road-glasgow',
  'HMICS: Inspection of custody centres at Aikenhead Road and London Road, Glasgow (19 July 2016)', '2016-07-19',
  "Also a primary centre in HMICS's 2019 report. Not among the Glasgow centres inspected in the 2024-25 report (Govan, "
  'London Road, Cathcart), which says Glasgow has two primary centres: current status UNCERTAIN (closure not seen). '
  'Checked by a second reader: verified (quote verbatim on the stored hmics.org page dated 19 July 2016; 2019 page '
  "also verified). Town 'Glasgow'. Quote: “The aim of this inspection was to assess the treatment of and conditions "
  'for those detained in police custody centres located at Aikenhead Road and London Road in Glasgow.”',
  None, 'by 2016-07..', None,
  'http://hmics.org/publications/hmics-inspection-custody-centres-aikenhead-road-and-london-road-glasgow ; '
  'https://www.hmics.scot/publications/inspection-custody-centres-greater-glasgow-division',
  None, None, 'Glasgow',
  'http://hmics.org/publications/hmics-inspection-custody-centres-aikenhead-road-and-london-road-glasgow'),
 ('ps-custody-stewart-street', 'Stewart Street custody centre',
  ('Stewart Street', 'Stewart Street police station', 'Glasgow'), 'police custody centre', 'police-custody', 'scotland',
  'Police Scotland', 'open', 'https://www.hmics.scot/publications/inspection-custody-centres-greater-glasgow-division',
  'HMICS: Inspection of custody centres in Greater Glasgow Division (12 June 2019)', '2019-06-12',
  "HMICS news 2019-06-12: Stewart Street 'only receives detainees at weekends'. Edinburgh News (2014, news): among the "
  'busiest centres in 2013-14. Not among the centres in the 2024-25 Greater Glasgow report: current status UNCERTAIN '
  "(closure not seen). Town Glasgow from the division's name. Checked by a second reader: verified (quote verbatim; "
  "HMICS news of 12 June 2019 'Stewart Street only receives detainees at weekends' verified). Town 'Glasgow'. Quote: "
  '“The division is served by four primary centres at Aikenhead Road, Govan, London Road and Stewart Street, and an '
  'ancillary centre at Baird Street.”',
  None, 'by 2019-06..', None, 'https://www.hmics.scot/publications/inspection-custody-centres-greater-glasgow-division',
  None, None, 'Glasgow', 'https://www.hmics.scot/news/police-custody-centres-glasgow-inspected'),
 ('ps-custody-baird-street', 'Baird Street custody centre', ('Baird Street', 'Baird Street police station', 'Glasgow'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/inspection-custody-centres-greater-glasgow-division',
  'HMICS: Inspection of custody centres in Greater Glasgow Division (12 June 2019)', '2019-06-12',
  "Ancillary centre, 'seldom used' and operating 'on a contingency basis' (HMICS news 2019-06-12). Not in the 2024-25 "
  "Greater Glasgow report: current status UNCERTAIN. Town Glasgow from the division's name. Checked by a second "
  "reader: verified (quote verbatim; HMICS news of 12 June 2019 'the seldom used ancillary unit at Baird Street "
  "operates on a contingency basis' verified). Town 'Glasgow'. Quote: “The division is served by four primary centres "
  'at Aikenhead Road, Govan, London Road and Stewart Street, and an ancillary centre at Baird Street.”',
  None, 'by 2019-06..', None, 'https://www.hmics.scot/publications/inspection-custody-centres-greater-glasgow-division',
  None, None, 'Glasgow', 'https://www.hmics.scot/news/police-custody-centres-glasgow-inspected'),
 ('ps-custody-cathcart', 'Cathcart custody centre', ('Cathcart', 'Cathcart police station', 'Glasgow'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/publications/custody-inspection-report-greater-glasgow/key-findings',
  'HMICS and HIS: Custody Inspection Report - Greater Glasgow, Key findings', '2025',
  'Ancillary (fallback) centre, 58 cells, throughput 2,265 in 2022-23 and 2,973 in 2023-24 (Table 2, '
  'https://hmics.scot/publications/custody-inspection-report-greater-glasgow/context), so in use by 2023-03. Report '
  'date not in the stored text (tables run to 2023-24; a third-party summary calls it the 2025 joint inspection); '
  "as_of inferred. Town: the report's context section (para 3) names 'London Road, Govan, and Cathcart in Glasgow'. "
  "Checked by a second reader: verified (quote verbatim on the stored key-findings page; Table 2 'Cathcart (ancillary) "
  "| 58 | 2265 | 2973' verified); corrected the note: the 'in Glasgow' text is in the context section, not 'our "
  "inspection'. Town 'Glasgow'. Quote: “Glasgow has two primary custody centres at Govan and London Road. The "
  'additional facility based at Cathcart provides a fallback option for custody services, and although normally '
  'closed, was opened during our inspection to allow for remedial work at Govan.”',
  None, 'by 2023-03..', None,
  'https://hmics.scot/publications/custody-inspection-report-greater-glasgow/context ; '
  'https://hmics.scot/publications/custody-inspection-report-greater-glasgow/key-findings',
  None, None, 'Glasgow', 'https://hmics.scot/publications/custody-inspection-report-greater-glasgow/context'),
 ('ps-custody-dundee', 'Dundee custody centre',
  ('Dundee custody centre, Dundee', 'Dundee police station', 'Tayside primary custody centre'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division',
  'HMICS news: HMICS publishes report on police custody centres in Tayside Division (29 January 2018)', '2018-01-29',
  "Inspected before the report of 29 Jan 2018; start not seen. Still Tayside's primary custody centre in HMICS/HIS's "
  'report of 20 July 2023. Checked by a second reader: verified (quote verbatim on the stored HMICS news page dated 29 '
  "January 2018; the 20 July 2023 report page 'the primary police custody centre at Dundee, which serves Tayside' also "
  "verified). Town 'Dundee'. Quote: “It follows an HMICS inspection to assess the treatment of and conditions for "
  'those detained in police custody centres at Arbroath, Dundee and Perth.”',
  None, 'by 2018-01..', None,
  'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division ; '
  'https://www.hmics.scot/publications/hmics-custody-inspection-report-%E2%80%93-tayside',
  None, None, 'Dundee', 'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division'),
 ('ps-custody-perth', 'Perth custody centre', ('Perth custody centre, Perth', 'Perth police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division',
  'HMICS news: HMICS publishes report on police custody centres in Tayside Division (29 January 2018)', '2018-01-29',
  'Inspected before the report of 29 Jan 2018; start and later status not seen. Not the Rohallion Clinic (Perth) or '
  'HMP Perth. Checked by a second reader: verified (quote verbatim on the stored HMICS news page dated 29 January '
  "2018). Town 'Perth'. Quote: “It follows an HMICS inspection to assess the treatment of and conditions for those "
  'detained in police custody centres at Arbroath, Dundee and Perth.”',
  None, 'by 2018-01..', None,
  'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division', None, None, 'Perth',
  'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division'),
 ('ps-custody-arbroath', 'Arbroath custody centre', ('Arbroath', 'Arbroath police station'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division',
  'HMICS news: HMICS publishes report on police custody centres in Tayside Division (29 January 2018)', '2018-01-29',
  'Inspected before the report of 29 Jan 2018; start and later status not seen. Checked by a second reader: verified '
  "(quote verbatim on the stored HMICS news page dated 29 January 2018). Town 'Arbroath'. Quote: “It follows an HMICS "
  'inspection to assess the treatment of and conditions for those detained in police custody centres at Arbroath, '
  'Dundee and Perth.”',
  None, 'by 2018-01..', None,
  'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division', None, None, 'Arbroath',
  'https://www.hmics.scot/news/hmics-publishes-report-police-custody-centres-tayside-division'),
 ('ps-custody-motherwell', 'Motherwell custody centre', ('Motherwell', 'Motherwell police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/news/press-release-hmics-custody-inspection-%E2%80%93-lanarkshire',
  'HMICS press release: HMICS Custody Inspection - Lanarkshire (20 April 2023)', '2023-04-20',
  'Primary custody centre for Lanarkshire; start not seen. Checked by a second reader: verified (quote verbatim on the '
  'stored HMICS press release dated 20 April 2023; an SPA paper says the report was published in July 2023 - the HMICS '
  "date is kept). Town 'Motherwell'. Quote: “The joint inspection by HM Inspectorate of Constabulary in Scotland "
  '(HMICS) and Healthcare Improvement Scotland (HIS) assessed the treatment of, and conditions for, individuals '
  'detained in the primary police custody centres serving Lanarkshire, of Motherwell and Coatbridge.”',
  None, 'by 2023-04..', None, 'https://hmics.scot/news/press-release-hmics-custody-inspection-%E2%80%93-lanarkshire',
  None, None, 'Motherwell', 'https://hmics.scot/news/press-release-hmics-custody-inspection-%E2%80%93-lanarkshire'),
 ('ps-custody-kirkcaldy', 'Kirkcaldy custody centre', ('Kirkcaldy', 'Kirkcaldy police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-custody-inspection-report-fife',
  'HMICS: Custody Inspection Report - Fife (28 March 2024)', '2024-03-28',
  'Start not seen. Checked by a second reader: verified (quote verbatim on the stored HMICS page dated 28 March 2024). '
  "Town 'Kirkcaldy'. Quote: “The aim of this inspection, undertaken jointly by HM Inspectorate of Constabulary in "
  'Scotland (HMICS) and Healthcare Improvement Scotland (HIS), was to assess the treatment of, and conditions for, '
  'individuals detained in the police custody centres at Dunfermline and Kirkcaldy, which serve Fife.”',
  None, 'by 2024-03..', None, 'https://www.hmics.scot/publications/hmics-custody-inspection-report-fife', None, None,
  'Kirkcaldy', 'https://www.hmics.scot/publications/hmics-custody-inspection-report-fife'),
 ('ps-custody-falkirk', 'Falkirk custody centre',
  ('Falkirk', 'Falkirk Police Station', 'West Bridge Street', 'Forth Valley custody centre'), 'police custody centre',
  'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/custody-inspection-report-forth-valley/key-findings',
  'HMICS and HIS: Custody inspection report - Forth Valley, Key findings', '2025',
  "Onsite inspection February 2025 (same report, 'our inspection'); throughput in 2022-23 and 2023-24 (Table 2, "
  'https://www.hmics.scot/publications/custody-inspection-report-forth-valley/context), so in use by 2023-03. Lead '
  "only: The Scotsman (2025-10-17, news) says the custody suite was 'temporarily closed' for essential work, detainees "
  "taken to Dunfermline, Livingston and St Leonard's; reopening not seen. Status left 'open' per the latest official "
  'page. Checked by a second reader: verified (quote verbatim on the stored key-findings page; onsite stage February '
  "2025 and Table 2 '29 | 4370* | 5057*' verified). The other name 'West Bridge Street' rests on the Falkirk Herald "
  "(news, 2025-07-09), not on HMICS. Town 'Falkirk'. Quote: “Falkirk custody centre is the only custody centre in the "
  'Forth Valley divisional area, serving the sheriffdoms of Falkirk, Stirling and Alloa. It is comprised of 29 cells.”',
  None, 'by 2023-03..', None,
  'https://www.hmics.scot/publications/custody-inspection-report-forth-valley/context ; '
  'https://www.hmics.scot/publications/custody-inspection-report-forth-valley/key-findings',
  None, None, 'Falkirk', 'https://www.hmics.scot/publications/custody-inspection-report-forth-valley/key-findings'),
 ('ps-custody-inverness', 'Inverness custody centre',
  ('Inverness custody centre, Inverness', 'Inverness Police Station', 'Highland and Islands primary custody centre'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/custody-inspection-report-highland-and-islands/our-inspection',
  'HMICS and HIS: Custody inspection report - Highland and Islands, Our inspection', '2025',
  'Primary custody centre for Highland and Islands (N) division, supporting ten ancillary centres by video link. '
  'Records sampled October 2024 - March 2025 (methodology page), so in use by 2025-03; start not seen (certainly '
  "earlier, but no official date seen). Checked by a second reader: verified (quote verbatim on the stored 'our "
  "inspection' page; methodology page verified: records 'during the period of October 2024 to March 2025 inclusive'). "
  "Town 'Inverness'. Quote: “The centres we inspected included Inverness Police Station and the ancillary centres "
  'located at Wick, Fort William, Stornoway, Lerwick and Kirkwall police stations.”',
  None, 'by 2025-03..', None,
  'https://www.hmics.scot/publications/custody-inspection-report-highland-and-islands/our-inspection', None, None,
  'Inverness', 'https://www.hmics.scot/publications/custody-inspection-report-highland-and-islands/our-inspection'),
 ('ps-custody-dumfries', 'Dumfries custody centre', ('Dumfries custody centre, Dumfries', 'Dumfries police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/local-policing-inspection-programme-inspection-dumfries-and-galloway-division',
  'HMICS: Local Policing+ Inspection Programme - Inspection of Dumfries and Galloway Division (17 May 2016)',
  '2016-05-17',
  'Inspection carried out between November 2015 and February 2016 (same page), so in use by 2016-02; start not seen. '
  "Still a primary custody centre in HMICS/HIS's Dumfries and Galloway report (8 November 2023). Checked by a second "
  "reader: verified (quote verbatim, double space included, on the stored HMICS page dated 17 May 2016, with 'between "
  "November 2015 and February 2016'; HMICS news of 8 November 2023 also verified). Town 'Dumfries'. Quote: “On this "
  'occasion we have inspected the primary custody facilities at Dumfries and Stranraer, as well as  visiting all eight '
  'ancillary custody centres across the division.”',
  None, 'by 2016-02..', None,
  'https://www.hmics.scot/publications/local-policing-inspection-programme-inspection-dumfries-and-galloway-division ; '
  'https://www.hmics.scot/news/police-custody-dumfries-and-galloway-inspected',
  None, None, 'Dumfries',
  'https://www.hmics.scot/publications/local-policing-inspection-programme-inspection-dumfries-and-galloway-division'),
 ('ps-custody-stranraer', 'Stranraer custody centre', ('Stranraer', 'Stranraer police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/local-policing-inspection-programme-inspection-dumfries-and-galloway-division',
  'HMICS: Local Policing+ Inspection Programme - Inspection of Dumfries and Galloway Division (17 May 2016)',
  '2016-05-17',
  'Inspection carried out between November 2015 and February 2016 (same page), so in use by 2016-02; start not seen. '
  "Still a primary custody centre in HMICS/HIS's Dumfries and Galloway report (8 November 2023). Checked by a second "
  'reader: verified (quote verbatim, double space included, on the stored HMICS page dated 17 May 2016; HMICS news of '
  "8 November 2023 also verified). Town 'Stranraer'. Quote: “On this occasion we have inspected the primary custody "
  'facilities at Dumfries and Stranraer, as well as  visiting all eight ancillary custody centres across the '
  'division.”',
  None, 'by 2016-02..', None,
  'https://www.hmics.scot/publications/local-policing-inspection-programme-inspection-dumfries-and-galloway-division ; '
  'https://www.hmics.scot/news/police-custody-dumfries-and-galloway-inspected',
  None, None, 'Stranraer',
  'https://www.hmics.scot/publications/local-policing-inspection-programme-inspection-dumfries-and-galloway-division'),
 ('ps-custody-kilmarnock', 'Kilmarnock custody centre',
  ('Kilmarnock custody centre, Kilmarnock', 'Kilmarnock police station'), 'police custody centre', 'police-custody',
  'scotland', 'Police Scotland', 'open', 'https://hmics.scot/node/1216',
  'HMICS: Custody Inspection Report - Ayrshire (30 May 2024)', '2024-05-30',
  'Start not seen. The Herald (news) says the visit was in February 2024. Checked by a second reader: verified (quote '
  "verbatim on the stored hmics.scot/node/1216 page dated 30 May 2024; Herald 'made in February this year' verified - "
  "news). Town 'Kilmarnock'. Quote: “The aim of this inspection, undertaken jointly by HM Inspectorate of Constabulary "
  'in Scotland (HMICS) and Healthcare Improvement Scotland (HIS), was to assess the treatment of, and conditions for, '
  'individuals detained in the police custody centres at Kilmarnock and Saltcoats, in Ayrshire.”',
  None, 'by 2024-05..', None, 'https://hmics.scot/node/1216', None, None, 'Kilmarnock',
  'https://hmics.scot/node/1216'),
 ('ps-custody-kittybrewster', 'Kittybrewster custody centre',
  ('Kittybrewster', 'Aberdeen custody centre', 'Kittybrewster police station',
   'Kittybrewster custody centre, Aberdeen'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://hmics.scot/news/hmics-publish-inspection-custody-centre-aberdeen-city-division',
  'HMICS news: HMICS publish inspection of custody centre in Aberdeen City Division (14 May 2015)', '2015-05-14',
  "Opened June 2014 (before 14 Dec 2014), inspected March 2015, so '..'. Still a primary centre in HMICS's North East "
  "report (14 December 2021). Town: the same page calls it 'Kittybrewster Custody centre, Aberdeen'. Checked by a "
  'second reader: verified (quote verbatim on the stored HMICS news page dated 14 May 2015; the HMICS publication page '
  "says 'We inspected Kittybrewster in March 2015'; North East 2021 page verified). Town 'Aberdeen'. Quote: “Mr Penman "
  'also complimented Police Scotland and the Scottish Police Authority for delivering on the project for the '
  '£12,000,000 state of the art 60 cell facility at Kittybrewster, which opened in June 2014.”',
  None, '..', None,
  'https://hmics.scot/news/hmics-publish-inspection-custody-centre-aberdeen-city-division ; '
  'https://www.hmics.scot/publications/hmics-north-east-scotland-custody-inspection',
  None, None, 'Aberdeen', 'https://www.hmics.scot/publications/hmics-north-east-scotland-custody-inspection'),
 ('ps-custody-fraserburgh', 'Fraserburgh custody centre', ('Fraserburgh', 'Fraserburgh police station'),
  'police custody centre', 'police-custody', 'scotland', 'Police Scotland', 'open',
  'https://www.hmics.scot/publications/hmics-north-east-scotland-custody-inspection',
  'HMICS: North East Scotland Custody Inspection (14 December 2021)', '2021-12-14',
  'Start not seen. Checked by a second reader: verified (quote verbatim on the stored HMICS page dated 14 December '
  "2021). Town 'Fraserburgh'. Quote: “This division is served by three primary centres located in Aberdeen "
  '(Kittybrewster), Fraserburgh and Elgin.”',
  None, 'by 2021-12..', None, 'https://www.hmics.scot/publications/hmics-north-east-scotland-custody-inspection', None,
  None, 'Fraserburgh', 'https://www.hmics.scot/publications/hmics-north-east-scotland-custody-inspection'),
 ('lakewood-scc', 'Lakewood Secure Care Centre',
  ('Lakewood', 'Regional Secure Care Centre at Lakewood', 'Lakewood Regional Secure Care Centre',
   'Lakewood Secure Care Centre, Bangor'),
  "secure children's home", 'children-secure', 'northern-ireland', None, 'open',
  'http://health-ni.gov.uk/news/proposals-new-specialist-childrens-campus-be-developed',
  "Department of Health (NI): Proposals for new specialist children's campus to be developed (13 December 2018)",
  '2018-12-13',
  "Northern Ireland's regional secure care centre for children (welfare secure accommodation under the Children (NI) "
  "Order 1995; DoH page 'Children in secure accommodation', health-ni.gov.uk/node/370269). Still 'the existing "
  "Regional Secure Care Centre at Lakewood' in the DoH/DoJ consultation of 21 October 2020 (justice-ni.gov.uk) and "
  "named by CJI in 2022 (Irish News, news). Operator (an HSC trust) not seen. periods '..' by presumption (opening "
  'date not seen). Checked by a second reader: verified (quote verbatim on the stored health-ni page dated 13 December '
  "2018; justice-ni.gov.uk release of 21 October 2020 'the existing Regional Secure Care Centre at Lakewood' "
  "verified). Kind: listed as a secure children's home, the kind Northern Ireland's RQIA entry (secure care for "
  "children) is limited to; the sources call it a secure care centre. Town 'Bangor'. Quote: “The report reviewed the "
  'provision of services at four regional specialist children’s facilities in Northern Ireland - the Regional Secure '
  'Care Centre at Lakewood, Bangor, the Juvenile Justice Centre at Woodlands, Bangor,”',
  None, '..', 'yes', None, 'http://health-ni.gov.uk/news/proposals-new-specialist-childrens-campus-be-developed', None,
  'Bangor', 'http://health-ni.gov.uk/news/proposals-new-specialist-childrens-campus-be-developed'),
 ('edinburgh-secure-services', 'Edinburgh Secure Services',
  ('ESS', 'Howdenhall', 'Howdenhall Centre', "St Katharine's Centre", "St Katharine's secure unit",
   'Edinburgh Secure Services, Edinburgh'),
  'secure unit', 'children-secure', 'scotland', 'City of Edinburgh Council', 'closed 2023-06-30',
  'http://www.gov.scot/Topics/Justice/policies/young-offending/secure-care',
  'Scottish Government (old gov.scot Topics page): Secure care measures for young people who offend', '2017',
  "as_of inferred (page carries the 2016-17 'testing a new beta website' banner); capacity 12 there; later six places "
  "(iriss.org.uk). Council-run (Edinburgh Reporter: 'Scotland’s last council-run secure children’s unit'). Closure "
  "UNCERTAIN (news only): Edinburgh Reporter (Sept 2023) says it 'has closed permanently', its school closing "
  "'permanently on 28 June 2023'; the Scottish Government's response to 'Reimagining secure care' (gov.scot, after "
  "Sept 2024) lists only four providers, so closed by then. Two sites (Howdenhall and St Katharine's) in older news. "
  'Table line breaks in the quote rendered as spaces. Checked by a second reader: changed status, periods and label. '
  "Quote verified on the stored old gov.scot page (a second stored version of that page says '84 secure care beds ... "
  "5 dedicated units'). The closure now rests on an official page: Children's Social Work Statistics 2022-23 - Secure "
  "Care (gov.scot) gives 78 beds on 31 July 2023 'due to Edinburgh Secure Services closure on 30 June 2023' and "
  "'Edinburgh Secure Service closed on 30 June 2023. Prior to closure Edinburgh Secure Service had 6 secure care "
  "beds'; the 2023-24 statistics repeat the closure. So status 'closed 2023-06-30', and name, kind and closure rest on "
  "gov.scot: label raised to CONFIRMED ('..' start by presumption, as for other long-used units). Town 'Edinburgh'. "
  'Quote: “There are 90 secure care beds in Scotland provided by five dedicated units: [...] Edinburgh Secure Services '
  'Edinburgh 12”',
  None, '..2023-06-30', 'yes',
  'http://www.gov.scot/Topics/Justice/policies/young-offending/secure-care ; '
  'https://gov.scot/publications/childrens-social-work-statistics-2022-23-secure-care/pages/secure-care-accommodation '
  '; '
  'https://gov.scot/publications/childrens-social-work-statistics-secure-care-2023-24/pages/secure-care-accommodation '
  '; '
  'https://theedinburghreporter.co.uk/2023/09/childrens-secure-unit-closed-permanently-edinburgh-after-string-of-failures',
  'http://www.gov.scot/Topics/Justice/policies/young-offending/secure-care', None, 'Edinburgh',
  'http://www.gov.scot/Topics/Justice/policies/young-offending/secure-care'),
 ('hassockfield-stc', 'Hassockfield Secure Training Centre',
  ('Hassockfield', 'Hassockfield STC', 'Medomsley', 'Consett'), 'secure training centre', 'children-secure', 'england',
  'Serco', 'closed 2014-10-24/2015-04',
  'https://www.gov.uk/government/news/yjb-to-withdraw-from-hassockfield-stc-and-hindley-yoi',
  'GOV.UK (Youth Justice Board): YJB to withdraw from Hassockfield STC and Hindley YOI', '2014-10',
  'UNCERTAIN whether in use on 14 Dec 2014. YJB (gov.uk, page date not in the stored text) withdrew from all 58 '
  'places; announced Thursday 23 October 2014 (Northern Echo, news), when it was still run by Serco; the minister told '
  "the local MP it would close 'in April 2015' (Northern Echo); gov.uk says the site is returned to the MoJ 'By March "
  "2015'. places.md says it 'closed on 20 Nov 2014' - no source for that date was seen here; it falls inside the "
  "window. A Lords debate of 9 Dec 2014 (copy on a parliamentary-search prototype site, lead) says two STCs 'have been "
  "given notice of closure'. The site later became Derwentside IRC. Checked by a second reader: verified (quote "
  "verbatim on the stored gov.uk page, page date not in it; Northern Echo verified: 'today (Thursday, October 23)', "
  "'at Medomsley, near Consett', 'currently run by Serco', closed 'in April 2015' - news). Label stays UNCERTAIN. "
  "Dates as written here: in use on 23 Oct 2014 (the announcement, when 'currently run by Serco': Northern Echo, "
  'news), closed at some point from 24 Oct 2014 to the end of April 2015, so UNCERTAIN on 14 Dec 2014 (a `by` start, '
  "since `..` would say in use on that day). Town 'Consett (Medomsley)' "
  '(http://www.thenorthernecho.co.uk/news/11555076.Fresh_jobs_blow_for_town_with_news_that_secure_training_centre_is_to_close/?ref=rss). '
  'Quote: “By March 2015, Hassockfield and Hindley will be returned to the Ministry of Justice, who will decide on the '
  'future use of the sites.”',
  None, 'by 2014-10-23..2014-10-24/2015-04', 'yes',
  'https://www.gov.uk/government/news/yjb-to-withdraw-from-hassockfield-stc-and-hindley-yoi ; '
  'http://www.thenorthernecho.co.uk/news/11555076.Fresh_jobs_blow_for_town_with_news_that_secure_training_centre_is_to_close/?ref=rss',
  'https://www.gov.uk/government/news/yjb-to-withdraw-from-hassockfield-stc-and-hindley-yoi', None, None, None),
 ('heathrow-airport-holding-rooms', 'Heathrow Airport short-term holding facilities (holding rooms)',
  ('Heathrow holding rooms', 'Heathrow STHF', 'Heathrow Terminal 2 STHF', 'Heathrow Terminal 3 STHF',
   'Heathrow Terminal 4 STHF', 'Heathrow Terminal 5 STHF', 'Heathrow Airport IMB', 'Heathrow',
   'Heathrow holding room'),
  'short-term holding facility', 'immigration', 'england', 'Mitie Care and Custody', 'open',
  'https://www.imb.org.uk/heathrow-holding-rooms-require-residential-facilities-individuals-families-held-long-periods-imb-heathrow-sthf-reports/',
  'IMB: Heathrow holding rooms urgently require residential facilities ... (Heathrow STHF annual report news)', '2017',
  'One row for the holding rooms at all terminals, monitored by one IMB. as_of inferred (report on 2016). Same page: '
  "rebuilding and refurbishing of 'the holding rooms at Terminals 3 and 4' completed. Operator: a later IMB page says "
  "'since Mitie C&C took over the contract' "
  '(https://www.imb.org.uk/heathrow-holding-rooms-require-better-facilities-for-children-and-other-vulnerable-individuals-held-for-long-periods-says-imb/); '
  'earlier Tascor (IMB). HMIP reported on Terminals 3 and 4 (13 May 2015) and 2 and 5 (Feb 2019) - copies on '
  'pdfslide/vdocument only; an IMB report for Feb 2014 - Jan 2015 (pdfslide copy) suggests use on 14 Dec 2014 (lead). '
  'Cayley House (a separate Heathrow STHF, HMIP Feb 2018, pdfslide copy) is not included. Existing airport rows '
  "(Glasgow, Edinburgh) use kind 'short-term holding facility'. Checked by a second reader: verified (quote verbatim "
  "on the stored IMB page; 'the holding rooms at Terminals 3 and 4' verified; the later IMB page 'since Mitie C&C took "
  "over the contract' verified; an earlier IMB page names Tascor as contractor). Town 'Heathrow (London)'. Quote: "
  '“Almost 20,000 people, including 1,300 children, were detained at Heathrow in 2016.”',
  None, 'by 2016..', 'yes',
  'https://www.imb.org.uk/heathrow-holding-rooms-require-residential-facilities-individuals-families-held-long-periods-imb-heathrow-sthf-reports/',
  'https://www.imb.org.uk/heathrow-holding-rooms-require-residential-facilities-individuals-families-held-long-periods-imb-heathrow-sthf-reports/',
  None, None, None),
 ('kent-intake-unit-sthf', 'Kent Intake Unit',
  ('KIU', 'Kent Intake Unit (KIU)', 'Kent Intake Unit, Dover', 'Dover Seaport'), 'short-term holding facility',
  'immigration', 'england', None, 'open',
  'https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2020/10/cross-channel-migrants-good-treatment-but-poor-facilities-and-inadequate-home-office-planning/',
  'HM Inspectorate of Prisons: Cross-Channel migrants: good treatment but poor facilities and inadequate Home Office '
  'planning (press release, October 2020)',
  '2020-09',
  "HM Inspectorate of Prisons visited in September 2020: 'the Kent Intake Unit (KIU) in Dover, previously known as "
  "Dover Seaport'. In use by September 2020; when it opened is not known. Later inspections (2021, February 2023) were "
  'seen only in news (EIN), so whether it is still in use is UNCERTAIN. Operator (Mitie, EIN 2021) not confirmed.',
  None, 'by 2020-09..', None,
  'https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2020/10/cross-channel-migrants-good-treatment-but-poor-facilities-and-inadequate-home-office-planning/',
  None, None, 'Dover',
  'https://www.justiceinspectorates.gov.uk/hmiprisons/media/press-releases/2020/10/cross-channel-migrants-good-treatment-but-poor-facilities-and-inadequate-home-office-planning/'),
 ('gatwick-airport-holding-rooms', 'Gatwick Airport short-term holding facilities (holding rooms)',
  ('Gatwick holding rooms', 'Gatwick STHF', 'Gatwick South Terminal holding room', 'Gatwick Airport holding rooms'),
  'short-term holding facility', 'immigration', 'england', None, 'open',
  'https://imb.org.uk/news/promised-home-office-disability-access-review-still-not-completed',
  'Independent Monitoring Boards: Promised Home Office disability access review still not completed (South and East '
  'STHF board, 2023-24 annual report)',
  '2024',
  "Independent Monitoring Board for the South and East short-term holding facilities, on its 2023-24 report: 'The only "
  "location with a disabled toilet is Gatwick South Terminal'; 'There is now good medical support available onsite at "
  "Gatwick, Luton and Stansted airports.' The page shows no date, so in use by 2024 (the report's year); when the "
  'rooms opened is not known. Rooms at the North Terminal were seen only on a campaign page (UNCERTAIN). An airport: '
  'no town given.',
  None, 'by 2024..', None, 'https://imb.org.uk/news/promised-home-office-disability-access-review-still-not-completed',
  None, None, None, None),
 ('manchester-airport-pennine-house', 'Pennine House (Manchester Airport Terminal 2)',
  ('Pennine House', 'Pennine House Manchester Airport', 'Manchester Detention Centre',
   'Manchester Airport Terminal 2 holding facility', 'Pennine House, Manchester', 'Pennine House, Manchester Airport'),
  'short-term holding facility', 'immigration', 'england', None, 'closed 2016-01-12/2018-06',
  'https://manchester.cityofsanctuary.org/2015/04/sanctuary-seekers-at-pennine-house/',
  'Manchester City of Sanctuary: Sanctuary seekers at Pennine House (April 2015)', '2015-04',
  'UNCERTAIN (third-party only). Residential STHF near/at Terminal 2. Corporate Watch (undated) says it reopened '
  "refurbished and expanded to 32 places, 'Located airside in Terminal 2', run by G4S. HMIP inspected 'Pennine House "
  "STHF' on 12 Jan 2016 (AVID list, see the existing manchester-airport-rsthf row). The brief's lead (opened 2008, "
  "closed 2017) was NOT verified; Wikipedia says a freight-terminal facility 'replaced Pennine House in 2008', which "
  'conflicts with these 2015-2016 sources. The existing row manchester-airport-rsthf (HMIP Jan 2019 report) does not '
  'say which building it describes; the editor should split or merge. Checked by a second reader: changed status from '
  "'open' to 'closed 2015-05/2018-06' and periods to match; label stays UNCERTAIN (all third-party). Quote verified on "
  "the stored City of Sanctuary page; Corporate Watch 'Located airside in Terminal 2', 32 places, G4S verified. No "
  "Borders Manchester blog (December 2008): the Home Office 're-opened the immigration detention centre at Manchester "
  "airport', 'which they now call ‘Pennine House’', 32 people, Terminal 2 - so the Wikipedia claim that a new facility "
  "'replaced Pennine House in 2008' looks wrong. Detention Forum blog (6 Nov 2018): 're-opening of a facility by "
  'Manchester Airport called the Manchester Residential Short Term Holding Facility (formerly Pennine House) in June '
  "this year', in the airport freight terminal, run by Mitie; These Walls Must Fall: 'known previously as Pennine "
  "House. Now located near the world freight terminal'. So no source supports Pennine House at Terminal 2 being in use "
  'after June 2018. If the AVID Jan 2016 inspection (not re-read) is accepted, the end window narrows to '
  "2016-02/2018-06. Town 'Manchester (Manchester Airport)'. Quote: “Pennine House is a short-term holding centre for "
  'up to 8 asylum seekers and immigrants who have been detained by the Home Office. It is hidden away in a nondescript '
  'grey hanger-like building near Terminal 2 at Manchester Airport.” End window narrowed to 2016-01-12/2018-06 on the '
  "AVID list's HMIP inspection of 'Pennine House STHF' on 12 Jan 2016 (cited by the former manchester-airport-rsthf "
  'row).',
  None, 'by 2015-04..2016-01-12/2018-06', None,
  'https://manchester.cityofsanctuary.org/2015/04/sanctuary-seekers-at-pennine-house/ ; '
  'https://corporatewatch.org/expanded-detention-facility-reopened-at-manchester-airport/ ; '
  'https://nobordersmanchester.blogspot.com/2008/12/city-of-shame-new-manchester-detention.html ; '
  'https://detentionforum.org.uk/2018/11/06/immigration-detention-centres-have-no-place-in-manchester-or-the-uk/ ; '
  'http://www.aviddetention.org.uk/immigration-detention/detention-inspections/hm-inspectorate-prisons',
  None, None, None, None))
"""The places: each one's fields, in order (`Place(*fields)`)."""

PLACE_NAMES: dict[str, Any] = {'names': {'hmp altcourse': ['hmp-altcourse'],
           'hmp and yoi altcourse': ['hmp-altcourse'],
           'altcourse': ['hmp-altcourse'],
           'altcourse hmp and yoi': ['hmp-altcourse'],
           'hmp yoi altcourse': ['hmp-altcourse'],
           'liverpool': ['hmp-altcourse', 'hmp-liverpool', 'capital-building-sthf'],
           'hmp ashfield': ['hmp-ashfield'],
           'ashfield': ['hmp-ashfield'],
           'ashfield hmp': ['hmp-ashfield'],
           'bristol': ['hmp-ashfield', 'hmp-bristol', 'vinney-green-sch'],
           'hmp askham grange': ['hmp-askham-grange'],
           'hmp and yoi askham grange': ['hmp-askham-grange'],
           'askham grange': ['hmp-askham-grange'],
           'askham grange hmp and yoi': ['hmp-askham-grange'],
           'hmp yoi askham grange': ['hmp-askham-grange'],
           'york': ['hmp-askham-grange', 'hmp-full-sutton', 'hmp-millsike'],
           'hmyoi aylesbury': ['hmyoi-aylesbury'],
           'aylesbury': ['hmyoi-aylesbury', 'hmp-grendon', 'hmp-spring-hill'],
           'aylesbury hmyoi': ['hmyoi-aylesbury'],
           'hmp bedford': ['hmp-bedford'],
           'hmp and yoi bedford': ['hmp-bedford'],
           'bedford': ['hmp-bedford', 'yarls-wood-irc'],
           'bedford hmp and yoi': ['hmp-bedford'],
           'hmp yoi bedford': ['hmp-bedford'],
           'hmp belmarsh': ['hmp-belmarsh'],
           'hmp and yoi belmarsh': ['hmp-belmarsh'],
           'belmarsh': ['hmp-belmarsh'],
           'belmarsh hmp and yoi': ['hmp-belmarsh'],
           'hmp yoi belmarsh': ['hmp-belmarsh'],
           'london': ['hmp-belmarsh', 'hmp-brixton', 'hmp-isis', 'hmp-pentonville', 'hmp-thameside', 'hmp-wandsworth',
                      'hmp-wormwood-scrubs', 'hmp-holloway'],
           'hmp berwyn': ['hmp-berwyn'],
           'hmp and yoi berwyn': ['hmp-berwyn'],
           'berwyn': ['hmp-berwyn'],
           'berwyn hmp and yoi': ['hmp-berwyn'],
           'carchar y berwyn': ['hmp-berwyn'],
           'wrexham': ['hmp-berwyn'],
           'hmp birmingham': ['hmp-birmingham'],
           'birmingham': ['hmp-birmingham', 'reaside-clinic'],
           'birmingham hmp': ['hmp-birmingham'],
           'hmp brinsford': ['hmp-brinsford'],
           'hmp and yoi brinsford': ['hmp-brinsford'],
           'brinsford': ['hmp-brinsford'],
           'brinsford hmp and yoi': ['hmp-brinsford'],
           'hmp yoi brinsford': ['hmp-brinsford'],
           'wolverhampton': ['hmp-brinsford', 'hmp-featherstone', 'hmp-oakwood'],
           'hmp bristol': ['hmp-bristol'],
           'bristol hmp and yoi': ['hmp-bristol'],
           'hmp yoi bristol': ['hmp-bristol'],
           'hmp and yoi bristol': ['hmp-bristol'],
           'hmp brixton': ['hmp-brixton'],
           'brixton': ['hmp-brixton'],
           'brixton hmp': ['hmp-brixton'],
           'hmp bronzefield': ['hmp-bronzefield'],
           'hmp and yoi bronzefield': ['hmp-bronzefield'],
           'bronzefield': ['hmp-bronzefield'],
           'bronzefield hmp and yoi': ['hmp-bronzefield'],
           'hmp yoi bronzefield': ['hmp-bronzefield'],
           'ashford': ['hmp-bronzefield'],
           'hmp buckley hall': ['hmp-buckley-hall'],
           'buckley hall': ['hmp-buckley-hall'],
           'buckley hall hmp': ['hmp-buckley-hall'],
           'rochdale': ['hmp-buckley-hall'],
           'hmp bullingdon': ['hmp-bullingdon'],
           'hmp and yoi bullingdon': ['hmp-bullingdon'],
           'bullingdon': ['hmp-bullingdon'],
           'bullingdon hmp and yoi': ['hmp-bullingdon'],
           'hmp yoi bullingdon': ['hmp-bullingdon'],
           'bicester': ['hmp-bullingdon'],
           'hmp bure': ['hmp-bure'],
           'bure': ['hmp-bure'],
           'bure hmp': ['hmp-bure'],
           'norwich': ['hmp-bure', 'hmp-norwich'],
           'hmp cardiff': ['hmp-cardiff'],
           'hmp and yoi cardiff': ['hmp-cardiff'],
           'cardiff': ['hmp-cardiff'],
           'cardiff hmp and yoi': ['hmp-cardiff'],
           'hmp yoi cardiff': ['hmp-cardiff'],
           'carchar caerdydd': ['hmp-cardiff'],
           'hmp channings wood': ['hmp-channings-wood'],
           'channings wood': ['hmp-channings-wood'],
           'channings wood hmp': ['hmp-channings-wood'],
           'newton abbot': ['hmp-channings-wood'],
           'hmp chelmsford': ['hmp-chelmsford'],
           'hmp and yoi chelmsford': ['hmp-chelmsford'],
           'chelmsford': ['hmp-chelmsford'],
           'chelmsford hmp and yoi': ['hmp-chelmsford'],
           'hmp yoi chelmsford': ['hmp-chelmsford'],
           'hmp coldingley': ['hmp-coldingley'],
           'coldingley': ['hmp-coldingley'],
           'coldingley hmp': ['hmp-coldingley'],
           'woking': ['hmp-coldingley', 'hmp-send'],
           'hmyoi cookham wood': ['hmyoi-cookham-wood'],
           'cookham wood': ['hmyoi-cookham-wood', 'hmp-cookham-wood'],
           'cookham wood hmyoi': ['hmyoi-cookham-wood'],
           'cookham wood yoi': ['hmyoi-cookham-wood'],
           'cookham wood rochester': ['hmyoi-cookham-wood', 'hmp-cookham-wood'],
           'rochester': ['hmyoi-cookham-wood', 'hmp-cookham-wood', 'hmp-rochester', 'medway-stc', 'oasis-restore'],
           'hmp cookham wood': ['hmp-cookham-wood'],
           'hm prison cookham wood': ['hmp-cookham-wood'],
           'cookham wood hmp': ['hmp-cookham-wood'],
           'hmp dartmoor': ['hmp-dartmoor'],
           'dartmoor': ['hmp-dartmoor'],
           'dartmoor hmp': ['hmp-dartmoor'],
           'yelverton': ['hmp-dartmoor'],
           'hmp deerbolt': ['hmp-deerbolt'],
           'hmp and yoi deerbolt': ['hmp-deerbolt'],
           'deerbolt': ['hmp-deerbolt'],
           'deerbolt hmp and yoi': ['hmp-deerbolt'],
           'hmyoi deerbolt': ['hmp-deerbolt'],
           'barnard castle': ['hmp-deerbolt'],
           'hmp doncaster': ['hmp-doncaster'],
           'hmp and yoi doncaster': ['hmp-doncaster'],
           'doncaster': ['hmp-doncaster', 'hmp-hatfield', 'hmp-lindholme', 'hmp-moorland'],
           'doncaster hmp and yoi': ['hmp-doncaster'],
           'hmp yoi doncaster': ['hmp-doncaster'],
           'hmp dovegate': ['hmp-dovegate'],
           'dovegate': ['hmp-dovegate'],
           'dovegate hmp': ['hmp-dovegate'],
           'uttoxeter': ['hmp-dovegate'],
           'hmp downview': ['hmp-downview'],
           'hmp and yoi downview': ['hmp-downview'],
           'downview': ['hmp-downview'],
           'downview hmp and yoi': ['hmp-downview'],
           'hmp yoi downview': ['hmp-downview'],
           'sutton': ['hmp-downview', 'hmp-high-down'],
           'hmp drake hall': ['hmp-drake-hall'],
           'hmp and yoi drake hall': ['hmp-drake-hall'],
           'drake hall': ['hmp-drake-hall'],
           'drake hall hmp and yoi': ['hmp-drake-hall'],
           'hmp yoi drake hall': ['hmp-drake-hall'],
           'eccleshall': ['hmp-drake-hall'],
           'hmp durham': ['hmp-durham'],
           'hmp and yoi durham': ['hmp-durham'],
           'durham': ['hmp-durham', 'hmp-frankland', 'hmp-low-newton'],
           'durham hmp and yoi': ['hmp-durham'],
           'hmp yoi durham': ['hmp-durham'],
           'hmp east sutton park': ['hmp-east-sutton-park'],
           'hmp and yoi east sutton park': ['hmp-east-sutton-park'],
           'east sutton park': ['hmp-east-sutton-park'],
           'east sutton park hmp and yoi': ['hmp-east-sutton-park'],
           'hmp yoi east sutton park': ['hmp-east-sutton-park'],
           'maidstone': ['hmp-east-sutton-park', 'hmp-maidstone'],
           'hmp eastwood park': ['hmp-eastwood-park'],
           'hmp and yoi eastwood park': ['hmp-eastwood-park'],
           'eastwood park': ['hmp-eastwood-park'],
           'eastwood park hmp and yoi': ['hmp-eastwood-park'],
           'hmp yoi eastwood park': ['hmp-eastwood-park'],
           'wotton under edge': ['hmp-eastwood-park'],
           'hmp elmley': ['hmp-elmley'],
           'hmp and yoi elmley': ['hmp-elmley'],
           'elmley': ['hmp-elmley'],
           'elmley hmp and yoi': ['hmp-elmley'],
           'hmp yoi elmley': ['hmp-elmley'],
           'sheerness': ['hmp-elmley', 'hmp-standford-hill', 'hmp-swaleside'],
           'hmp erlestoke': ['hmp-erlestoke'],
           'hmp and yoi erlestoke': ['hmp-erlestoke'],
           'erlestoke': ['hmp-erlestoke'],
           'erlestoke hmp and yoi': ['hmp-erlestoke'],
           'devizes': ['hmp-erlestoke'],
           'hmp exeter': ['hmp-exeter'],
           'hmp and yoi exeter': ['hmp-exeter'],
           'exeter': ['hmp-exeter', 'atkinson-unit-sch'],
           'exeter hmp and yoi': ['hmp-exeter'],
           'hmp yoi exeter': ['hmp-exeter'],
           'hmp featherstone': ['hmp-featherstone'],
           'featherstone': ['hmp-featherstone'],
           'featherstone hmp': ['hmp-featherstone'],
           'hmp feltham': ['hmp-feltham'],
           'feltham': ['hmp-feltham', 'hmyoi-feltham'],
           'feltham hmp': ['hmp-feltham'],
           'hmyoi feltham': ['hmyoi-feltham'],
           'feltham hmyoi': ['hmyoi-feltham'],
           'hmp five wells': ['hmp-five-wells'],
           'five wells': ['hmp-five-wells'],
           'five wells hmp': ['hmp-five-wells'],
           'wellingborough': ['hmp-five-wells'],
           'hmp ford': ['hmp-ford'],
           'ford': ['hmp-ford'],
           'ford hmp': ['hmp-ford'],
           'arundel': ['hmp-ford'],
           'hmp forest bank': ['hmp-forest-bank'],
           'hmp and yoi forest bank': ['hmp-forest-bank'],
           'forest bank': ['hmp-forest-bank'],
           'forest bank hmp and yoi': ['hmp-forest-bank'],
           'hmp yoi forest bank': ['hmp-forest-bank'],
           'manchester': ['hmp-forest-bank', 'hmp-manchester', 'manchester-airport-rsthf',
                          'manchester-airport-pennine-house'],
           'hmp foston hall': ['hmp-foston-hall'],
           'hmp and yoi foston hall': ['hmp-foston-hall'],
           'foston hall': ['hmp-foston-hall'],
           'foston hall hmp and yoi': ['hmp-foston-hall'],
           'hmp yoi foston hall': ['hmp-foston-hall'],
           'derby': ['hmp-foston-hall'],
           'hmp frankland': ['hmp-frankland'],
           'frankland': ['hmp-frankland'],
           'frankland hmp': ['hmp-frankland'],
           'hmp full sutton': ['hmp-full-sutton'],
           'full sutton': ['hmp-full-sutton'],
           'full sutton hmp': ['hmp-full-sutton'],
           'hmp garth': ['hmp-garth'],
           'garth': ['hmp-garth'],
           'garth hmp': ['hmp-garth'],
           'leyland': ['hmp-garth', 'hmp-wymott'],
           'hmp gartree': ['hmp-gartree'],
           'gartree': ['hmp-gartree'],
           'gartree hmp': ['hmp-gartree'],
           'market harborough': ['hmp-gartree'],
           'hmp grendon': ['hmp-grendon'],
           'grendon': ['hmp-grendon'],
           'grendon hmp': ['hmp-grendon'],
           'hmp grendon spring hill': ['hmp-grendon'],
           'hmp guys marsh': ['hmp-guys-marsh'],
           'guys marsh': ['hmp-guys-marsh'],
           'guys marsh hmp': ['hmp-guys-marsh'],
           'shaftesbury': ['hmp-guys-marsh'],
           'hmp hatfield': ['hmp-hatfield'],
           'hmp and yoi hatfield': ['hmp-hatfield'],
           'hatfield': ['hmp-hatfield'],
           'hatfield hmp and yoi': ['hmp-hatfield'],
           'hmp yoi hatfield': ['hmp-hatfield'],
           'hmp haverigg': ['hmp-haverigg'],
           'haverigg': ['hmp-haverigg'],
           'haverigg hmp': ['hmp-haverigg'],
           'millom': ['hmp-haverigg'],
           'hmp hewell': ['hmp-hewell'],
           'hewell': ['hmp-hewell'],
           'hewell hmp': ['hmp-hewell'],
           'hmp yoi hewell': ['hmp-hewell'],
           'redditch': ['hmp-hewell'],
           'hmp high down': ['hmp-high-down'],
           'hmp and yoi high down': ['hmp-high-down'],
           'high down': ['hmp-high-down'],
           'high down hmp and yoi': ['hmp-high-down'],
           'hmp yoi high down': ['hmp-high-down'],
           'hmp highpoint': ['hmp-highpoint'],
           'highpoint': ['hmp-highpoint'],
           'highpoint hmp': ['hmp-highpoint'],
           'newmarket': ['hmp-highpoint'],
           'hmp hindley': ['hmp-hindley'],
           'hmp and yoi hindley': ['hmp-hindley'],
           'hindley': ['hmp-hindley'],
           'hindley hmp and yoi': ['hmp-hindley'],
           'hmp yoi hindley': ['hmp-hindley'],
           'wigan': ['hmp-hindley'],
           'hmp hollesley bay': ['hmp-hollesley-bay'],
           'hmp and yoi hollesley bay': ['hmp-hollesley-bay'],
           'hollesley bay': ['hmp-hollesley-bay'],
           'hollesley bay hmp and yoi': ['hmp-hollesley-bay'],
           'hmp yoi hollesley bay': ['hmp-hollesley-bay'],
           'woodbridge': ['hmp-hollesley-bay', 'hmp-warren-hill'],
           'hmp holme house': ['hmp-holme-house'],
           'hmp and yoi holme house': ['hmp-holme-house'],
           'holme house': ['hmp-holme-house'],
           'holme house hmp and yoi': ['hmp-holme-house'],
           'hmp yoi holme house': ['hmp-holme-house'],
           'stockton on tees': ['hmp-holme-house'],
           'hmp hull': ['hmp-hull'],
           'hmp and yoi hull': ['hmp-hull'],
           'hull': ['hmp-hull'],
           'hull hmp and yoi': ['hmp-hull'],
           'hmp yoi hull': ['hmp-hull'],
           'hmp humber': ['hmp-humber'],
           'humber': ['hmp-humber'],
           'humber hmp': ['hmp-humber'],
           'brough': ['hmp-humber'],
           'hmp huntercombe': ['hmp-huntercombe'],
           'huntercombe': ['hmp-huntercombe'],
           'huntercombe hmp': ['hmp-huntercombe'],
           'henley on thames': ['hmp-huntercombe'],
           'hmp isis': ['hmp-isis'],
           'hmp and yoi isis': ['hmp-isis'],
           'isis': ['hmp-isis'],
           'isis hmp and yoi': ['hmp-isis'],
           'hmp yoi isis': ['hmp-isis'],
           'hmp isle of wight': ['hmp-isle-of-wight'],
           'hmp and yoi isle of wight': ['hmp-isle-of-wight'],
           'isle of wight': ['hmp-isle-of-wight'],
           'isle of wight hmp and yoi': ['hmp-isle-of-wight'],
           'hmp yoi isle of wight': ['hmp-isle-of-wight'],
           'parkhurst': ['hmp-isle-of-wight'],
           'albany': ['hmp-isle-of-wight'],
           'newport': ['hmp-isle-of-wight'],
           'hmp kirkham': ['hmp-kirkham'],
           'kirkham': ['hmp-kirkham'],
           'kirkham hmp': ['hmp-kirkham'],
           'preston': ['hmp-kirkham', 'hmp-preston'],
           'hmp kirklevington grange': ['hmp-kirklevington-grange'],
           'hmp and yoi kirklevington grange': ['hmp-kirklevington-grange'],
           'kirklevington grange': ['hmp-kirklevington-grange'],
           'kirklevington grange hmp and yoi': ['hmp-kirklevington-grange'],
           'hmp yoi kirklevington grange': ['hmp-kirklevington-grange'],
           'yarm': ['hmp-kirklevington-grange'],
           'hmp lancaster farms': ['hmp-lancaster-farms'],
           'lancaster farms': ['hmp-lancaster-farms'],
           'lancaster farms hmp': ['hmp-lancaster-farms'],
           'lancaster': ['hmp-lancaster-farms'],
           'hmp leeds': ['hmp-leeds'],
           'leeds': ['hmp-leeds', 'waterside-court-sthf', 'adel-beck-sch'],
           'leeds hmp': ['hmp-leeds'],
           'hmp leicester': ['hmp-leicester'],
           'leicester': ['hmp-leicester'],
           'leicester hmp': ['hmp-leicester'],
           'hmp lewes': ['hmp-lewes'],
           'hmp and yoi lewes': ['hmp-lewes'],
           'lewes': ['hmp-lewes'],
           'lewes hmp and yoi': ['hmp-lewes'],
           'hmp yoi lewes': ['hmp-lewes'],
           'hmp leyhill': ['hmp-leyhill'],
           'leyhill': ['hmp-leyhill'],
           'leyhill hmp': ['hmp-leyhill'],
           'hmp lincoln': ['hmp-lincoln'],
           'hmp and yoi lincoln': ['hmp-lincoln'],
           'lincoln': ['hmp-lincoln', 'hmp-morton-hall', 'morton-hall-irc'],
           'lincoln hmp and yoi': ['hmp-lincoln'],
           'hmp yoi lincoln': ['hmp-lincoln'],
           'hmp lindholme': ['hmp-lindholme'],
           'lindholme': ['hmp-lindholme'],
           'lindholme hmp': ['hmp-lindholme'],
           'hmp littlehey': ['hmp-littlehey'],
           'littlehey': ['hmp-littlehey'],
           'littlehey hmp': ['hmp-littlehey'],
           'huntingdon': ['hmp-littlehey'],
           'hmp liverpool': ['hmp-liverpool'],
           'liverpool hmp': ['hmp-liverpool'],
           'hmp long lartin': ['hmp-long-lartin'],
           'long lartin': ['hmp-long-lartin'],
           'long lartin hmp': ['hmp-long-lartin'],
           'evesham': ['hmp-long-lartin'],
           'hmp low newton': ['hmp-low-newton'],
           'hmp and yoi low newton': ['hmp-low-newton'],
           'low newton': ['hmp-low-newton'],
           'low newton hmp and yoi': ['hmp-low-newton'],
           'hmp yoi low newton': ['hmp-low-newton'],
           'hmp lowdham grange': ['hmp-lowdham-grange'],
           'lowdham grange': ['hmp-lowdham-grange'],
           'lowdham grange hmp': ['hmp-lowdham-grange'],
           'lowdham': ['hmp-lowdham-grange'],
           'hmp maidstone': ['hmp-maidstone'],
           'maidstone hmp': ['hmp-maidstone'],
           'hmp manchester': ['hmp-manchester'],
           'hmp and yoi manchester': ['hmp-manchester'],
           'manchester hmp and yoi': ['hmp-manchester'],
           'hmp yoi manchester': ['hmp-manchester'],
           'hmp moorland': ['hmp-moorland'],
           'hmp and yoi moorland': ['hmp-moorland'],
           'moorland': ['hmp-moorland'],
           'moorland hmp and yoi': ['hmp-moorland'],
           'hmp yoi moorland': ['hmp-moorland'],
           'hmp morton hall': ['hmp-morton-hall'],
           'morton hall': ['hmp-morton-hall'],
           'morton hall hmp': ['hmp-morton-hall'],
           'swinderby': ['hmp-morton-hall', 'morton-hall-irc'],
           'hmp new hall': ['hmp-new-hall'],
           'hmp and yoi new hall': ['hmp-new-hall'],
           'new hall': ['hmp-new-hall'],
           'new hall hmp and yoi': ['hmp-new-hall'],
           'hmp yoi new hall': ['hmp-new-hall'],
           'wakefield': ['hmp-new-hall', 'hmp-wakefield'],
           'hmp north sea camp': ['hmp-north-sea-camp'],
           'north sea camp': ['hmp-north-sea-camp'],
           'north sea camp hmp': ['hmp-north-sea-camp'],
           'boston': ['hmp-north-sea-camp'],
           'hmp northumberland': ['hmp-northumberland'],
           'northumberland': ['hmp-northumberland'],
           'northumberland hmp': ['hmp-northumberland'],
           'morpeth': ['hmp-northumberland', 'kyloe-house-sch'],
           'hmp norwich': ['hmp-norwich'],
           'hmp and yoi norwich': ['hmp-norwich'],
           'norwich hmp and yoi': ['hmp-norwich'],
           'hmp yoi norwich': ['hmp-norwich'],
           'hmp nottingham': ['hmp-nottingham'],
           'hmp and yoi nottingham': ['hmp-nottingham'],
           'nottingham': ['hmp-nottingham', 'hmp-whatton'],
           'nottingham hmp and yoi': ['hmp-nottingham'],
           'hmp yoi nottingham': ['hmp-nottingham'],
           'hmp oakwood': ['hmp-oakwood'],
           'oakwood': ['hmp-oakwood'],
           'oakwood hmp': ['hmp-oakwood'],
           'hmp onley': ['hmp-onley'],
           'onley': ['hmp-onley'],
           'onley hmp': ['hmp-onley'],
           'rugby': ['hmp-onley', 'hmp-rye-hill', 'rainsbrook-stc'],
           'hmp parc': ['hmp-parc'],
           'hmp and yoi parc': ['hmp-parc'],
           'parc': ['hmp-parc', 'hmyoi-parc'],
           'parc hmp and yoi': ['hmp-parc'],
           'hmp yoi parc': ['hmp-parc'],
           'carchar parc': ['hmp-parc'],
           'bridgend': ['hmp-parc', 'hmyoi-parc'],
           'hmyoi parc': ['hmyoi-parc'],
           'parc hmyoi': ['hmyoi-parc'],
           'sefydliad troseddwyr ifanc y parc': ['hmyoi-parc'],
           'hmp pentonville': ['hmp-pentonville'],
           'hmp and yoi pentonville': ['hmp-pentonville'],
           'pentonville': ['hmp-pentonville'],
           'pentonville hmp and yoi': ['hmp-pentonville'],
           'hmp yoi pentonville': ['hmp-pentonville'],
           'hmp peterborough': ['hmp-peterborough'],
           'hmp and yoi peterborough': ['hmp-peterborough'],
           'peterborough': ['hmp-peterborough', 'hmp-peterborough-female', 'clare-lodge-sch'],
           'peterborough hmp and yoi': ['hmp-peterborough'],
           'hmp yoi peterborough': ['hmp-peterborough'],
           'hmp peterborough female': ['hmp-peterborough-female'],
           'hmp and yoi peterborough female': ['hmp-peterborough-female'],
           'peterborough female': ['hmp-peterborough-female'],
           'peterborough female hmp and yoi': ['hmp-peterborough-female'],
           'hmp portland': ['hmp-portland'],
           'hmp and yoi portland': ['hmp-portland'],
           'portland': ['hmp-portland', 'hmp-the-verne', 'the-verne-irc'],
           'portland hmp and yoi': ['hmp-portland'],
           'hmp yoi portland': ['hmp-portland'],
           'hmp prescoed': ['hmp-prescoed'],
           'hmp and yoi prescoed': ['hmp-prescoed'],
           'prescoed': ['hmp-prescoed'],
           'prescoed hmp and yoi': ['hmp-prescoed'],
           'carchar prescoed': ['hmp-prescoed'],
           'pontypool': ['hmp-prescoed'],
           'hmp preston': ['hmp-preston'],
           'hmp and yoi preston': ['hmp-preston'],
           'preston hmp and yoi': ['hmp-preston'],
           'hmp yoi preston': ['hmp-preston'],
           'hmp ranby': ['hmp-ranby'],
           'ranby': ['hmp-ranby'],
           'ranby hmp': ['hmp-ranby'],
           'retford': ['hmp-ranby', 'rampton-hospital'],
           'hmp risley': ['hmp-risley'],
           'risley': ['hmp-risley'],
           'risley hmp': ['hmp-risley'],
           'warrington': ['hmp-risley', 'hmp-thorn-cross'],
           'hmp rochester': ['hmp-rochester'],
           'hmp and yoi rochester': ['hmp-rochester'],
           'rochester hmp and yoi': ['hmp-rochester'],
           'hmp yoi rochester': ['hmp-rochester'],
           'hmp rye hill': ['hmp-rye-hill'],
           'rye hill': ['hmp-rye-hill'],
           'rye hill hmp': ['hmp-rye-hill'],
           'hmp send': ['hmp-send'],
           'send': ['hmp-send'],
           'send hmp': ['hmp-send'],
           'hmp yoi send': ['hmp-send'],
           'hmp spring hill': ['hmp-spring-hill'],
           'spring hill': ['hmp-spring-hill'],
           'spring hill hmp': ['hmp-spring-hill'],
           'hmp stafford': ['hmp-stafford'],
           'stafford': ['hmp-stafford'],
           'stafford hmp': ['hmp-stafford'],
           'hmp standford hill': ['hmp-standford-hill'],
           'hmp and yoi standford hill': ['hmp-standford-hill'],
           'standford hill': ['hmp-standford-hill'],
           'standford hill hmp and yoi': ['hmp-standford-hill'],
           'hmp yoi standford hill': ['hmp-standford-hill'],
           'hmp stocken': ['hmp-stocken'],
           'stocken': ['hmp-stocken'],
           'stocken hmp': ['hmp-stocken'],
           'oakham': ['hmp-stocken'],
           'hmp stoke heath': ['hmp-stoke-heath'],
           'hmp and yoi stoke heath': ['hmp-stoke-heath'],
           'stoke heath': ['hmp-stoke-heath'],
           'stoke heath hmp and yoi': ['hmp-stoke-heath'],
           'hmp yoi stoke heath': ['hmp-stoke-heath'],
           'market drayton': ['hmp-stoke-heath'],
           'hmp styal': ['hmp-styal'],
           'hmp and yoi styal': ['hmp-styal'],
           'styal': ['hmp-styal'],
           'styal hmp and yoi': ['hmp-styal'],
           'hmp yoi styal': ['hmp-styal'],
           'wilmslow': ['hmp-styal'],
           'hmp sudbury': ['hmp-sudbury'],
           'hmp and yoi sudbury': ['hmp-sudbury'],
           'sudbury': ['hmp-sudbury'],
           'sudbury hmp and yoi': ['hmp-sudbury'],
           'hmp yoi sudbury': ['hmp-sudbury'],
           'ashbourne': ['hmp-sudbury'],
           'hmp swaleside': ['hmp-swaleside'],
           'swaleside': ['hmp-swaleside'],
           'swaleside hmp': ['hmp-swaleside'],
           'hmp swansea': ['hmp-swansea'],
           'hmp and yoi swansea': ['hmp-swansea'],
           'swansea': ['hmp-swansea'],
           'swansea hmp and yoi': ['hmp-swansea'],
           'hmp yoi swansea': ['hmp-swansea'],
           'carchar abertawe': ['hmp-swansea'],
           'hmp swinfen hall': ['hmp-swinfen-hall'],
           'hmp and yoi swinfen hall': ['hmp-swinfen-hall'],
           'swinfen hall': ['hmp-swinfen-hall'],
           'swinfen hall hmp and yoi': ['hmp-swinfen-hall'],
           'hmp yoi swinfen hall': ['hmp-swinfen-hall'],
           'lichfield': ['hmp-swinfen-hall'],
           'hmp thameside': ['hmp-thameside'],
           'hmp and yoi thameside': ['hmp-thameside'],
           'thameside': ['hmp-thameside'],
           'thameside hmp and yoi': ['hmp-thameside'],
           'hmp yoi thameside': ['hmp-thameside'],
           'hmp the mount': ['hmp-the-mount'],
           'the mount': ['hmp-the-mount'],
           'the mount hmp': ['hmp-the-mount'],
           'hemel hempstead': ['hmp-the-mount'],
           'hmp the verne': ['hmp-the-verne'],
           'the verne': ['hmp-the-verne'],
           'the verne hmp': ['hmp-the-verne'],
           'the verne portland': ['hmp-the-verne'],
           'hmp thorn cross': ['hmp-thorn-cross'],
           'hmp and yoi thorn cross': ['hmp-thorn-cross'],
           'thorn cross': ['hmp-thorn-cross'],
           'thorn cross hmp and yoi': ['hmp-thorn-cross'],
           'hmp yoi thorn cross': ['hmp-thorn-cross'],
           'hmp usk': ['hmp-usk'],
           'usk': ['hmp-usk'],
           'usk hmp': ['hmp-usk'],
           'hmp usk and hmp yoi prescoed': ['hmp-usk'],
           'carchar brynbuga': ['hmp-usk'],
           'hmp wakefield': ['hmp-wakefield'],
           'wakefield hmp': ['hmp-wakefield'],
           'hmp wandsworth': ['hmp-wandsworth'],
           'hmp and yoi wandsworth': ['hmp-wandsworth'],
           'wandsworth': ['hmp-wandsworth'],
           'wandsworth hmp and yoi': ['hmp-wandsworth'],
           'hmp yoi wandsworth': ['hmp-wandsworth'],
           'hmp warren hill': ['hmp-warren-hill'],
           'hmp and yoi warren hill': ['hmp-warren-hill'],
           'warren hill': ['hmp-warren-hill'],
           'warren hill hmp and yoi': ['hmp-warren-hill'],
           'hmp yoi warren hill': ['hmp-warren-hill'],
           'hmp wayland': ['hmp-wayland'],
           'wayland': ['hmp-wayland'],
           'wayland hmp': ['hmp-wayland'],
           'thetford': ['hmp-wayland'],
           'hmp wealstun': ['hmp-wealstun'],
           'wealstun': ['hmp-wealstun'],
           'wealstun hmp': ['hmp-wealstun'],
           'wetherby': ['hmp-wealstun', 'hmyoi-wetherby'],
           'hmyoi werrington': ['hmyoi-werrington'],
           'werrington': ['hmyoi-werrington'],
           'werrington hmyoi': ['hmyoi-werrington'],
           'stoke on trent': ['hmyoi-werrington'],
           'hmyoi wetherby': ['hmyoi-wetherby'],
           'wetherby hmyoi': ['hmyoi-wetherby'],
           'hmp whatton': ['hmp-whatton'],
           'whatton': ['hmp-whatton'],
           'whatton hmp': ['hmp-whatton'],
           'hmp whitemoor': ['hmp-whitemoor'],
           'whitemoor': ['hmp-whitemoor'],
           'whitemoor hmp': ['hmp-whitemoor'],
           'march': ['hmp-whitemoor'],
           'hmp winchester': ['hmp-winchester'],
           'hmp and yoi winchester': ['hmp-winchester'],
           'winchester': ['hmp-winchester'],
           'winchester hmp and yoi': ['hmp-winchester'],
           'hmp yoi winchester': ['hmp-winchester'],
           'hmp woodhill': ['hmp-woodhill'],
           'woodhill': ['hmp-woodhill'],
           'woodhill hmp': ['hmp-woodhill'],
           'hmp yoi woodhill': ['hmp-woodhill'],
           'milton keynes': ['hmp-woodhill', 'oakhill-stc'],
           'hmp wormwood scrubs': ['hmp-wormwood-scrubs'],
           'hmp and yoi wormwood scrubs': ['hmp-wormwood-scrubs'],
           'wormwood scrubs': ['hmp-wormwood-scrubs'],
           'wormwood scrubs hmp and yoi': ['hmp-wormwood-scrubs'],
           'hmp yoi wormwood scrubs': ['hmp-wormwood-scrubs'],
           'hmp wymott': ['hmp-wymott'],
           'hmp and yoi wymott': ['hmp-wymott'],
           'wymott': ['hmp-wymott'],
           'wymott hmp and yoi': ['hmp-wymott'],
           'hmp yoi wymott': ['hmp-wymott'],
           'hmp fosse way': ['hmp-fosse-way'],
           'hmp and yoi fosse way': ['hmp-fosse-way'],
           'fosse way': ['hmp-fosse-way'],
           'fosse way hmp and yoi': ['hmp-fosse-way'],
           'fosse way glen parva': ['hmp-fosse-way'],
           'glen parva': ['hmp-fosse-way', 'hmp-glen-parva'],
           'hmp millsike': ['hmp-millsike'],
           'millsike': ['hmp-millsike'],
           'millsike hmp': ['hmp-millsike'],
           'hmp holloway': ['hmp-holloway'],
           'holloway': ['hmp-holloway'],
           'holloway hmp': ['hmp-holloway'],
           'hmp kennet': ['hmp-kennet'],
           'kennet': ['hmp-kennet'],
           'kennet hmp': ['hmp-kennet'],
           'hmp glen parva': ['hmp-glen-parva'],
           'hmp yoi glen parva': ['hmp-glen-parva'],
           'glen parva hmpyoi and rc': ['hmp-glen-parva'],
           'hmp blantyre house': ['hmp-blantyre-house'],
           'blantyre house': ['hmp-blantyre-house'],
           'goudhurst': ['hmp-blantyre-house'],
           'hmp addiewell': ['hmp-addiewell'],
           'addiewell': ['hmp-addiewell'],
           'addiewell prison': ['hmp-addiewell'],
           'hmp barlinnie': ['hmp-barlinnie'],
           'barlinnie': ['hmp-barlinnie'],
           'hm prison barlinnie': ['hmp-barlinnie'],
           'bar l': ['hmp-barlinnie'],
           'the big hoose': ['hmp-barlinnie'],
           'glasgow': ['hmp-barlinnie', 'lilias-centre', 'festival-court-sthf', 'rowanbank-clinic', 'ps-custody-govan',
                       'ps-custody-london-road', 'ps-custody-aikenhead-road', 'ps-custody-stewart-street',
                       'ps-custody-baird-street', 'ps-custody-cathcart'],
           'hmp castle huntly': ['hmp-castle-huntly'],
           'castle huntly': ['hmp-castle-huntly'],
           'longforgan': ['hmp-castle-huntly'],
           'hmp dumfries': ['hmp-dumfries'],
           'dumfries': ['hmp-dumfries', 'ps-custody-dumfries'],
           'dumfries prison': ['hmp-dumfries'],
           'hmp edinburgh': ['hmp-edinburgh'],
           'edinburgh': ['hmp-edinburgh', 'orchard-clinic-edinburgh', 'edinburgh-secure-services'],
           'saughton': ['hmp-edinburgh'],
           'saughton prison': ['hmp-edinburgh'],
           'hm prison edinburgh saughton prison': ['hmp-edinburgh'],
           'edinburgh saughton': ['hmp-edinburgh'],
           'hmp glenochil': ['hmp-glenochil'],
           'glenochil': ['hmp-glenochil'],
           'hmp grampian': ['hmp-grampian'],
           'grampian': ['hmp-grampian'],
           'peterhead': ['hmp-grampian'],
           'hmp greenock': ['hmp-greenock'],
           'greenock': ['hmp-greenock', 'ps-custody-greenock'],
           'gateside': ['hmp-greenock'],
           'hmp inverness': ['hmp-inverness'],
           'inverness': ['hmp-inverness', 'ps-custody-inverness'],
           'porterfield': ['hmp-inverness'],
           'porterfield prison': ['hmp-inverness'],
           'inverness prison': ['hmp-inverness'],
           'hm prison inverness': ['hmp-inverness'],
           'hmp kilmarnock': ['hmp-kilmarnock'],
           'kilmarnock': ['hmp-kilmarnock', 'ps-custody-kilmarnock'],
           'bowhouse': ['hmp-kilmarnock'],
           'hmp low moss': ['hmp-low-moss'],
           'low moss': ['hmp-low-moss'],
           'bishopbriggs': ['hmp-low-moss', 'st-marys-kenmure'],
           'hmp perth': ['hmp-perth'],
           'perth': ['hmp-perth', 'rohallion-clinic', 'ps-custody-perth'],
           'hmp polmont': ['hmp-polmont'],
           'hmp and yoi polmont': ['hmp-polmont'],
           'polmont': ['hmp-polmont'],
           'hmyoi polmont': ['hmp-polmont'],
           'hm young offenders institution polmont': ['hmp-polmont'],
           'hmp shotts': ['hmp-shotts'],
           'shotts': ['hmp-shotts'],
           'hmp stirling': ['hmp-stirling'],
           'hmp and yoi stirling': ['hmp-stirling'],
           'stirling': ['hmp-stirling'],
           'hmpyoi stirling': ['hmp-stirling'],
           'bella centre': ['bella-centre'],
           'the bella centre': ['bella-centre'],
           'bella unit': ['bella-centre'],
           'dundee': ['bella-centre', 'ps-custody-dundee'],
           'lilias centre': ['lilias-centre'],
           'the lilias centre': ['lilias-centre'],
           'lilias unit': ['lilias-centre'],
           'maryhill': ['lilias-centre'],
           'hmp cornton vale': ['hmp-cornton-vale'],
           'hmp and yoi cornton vale': ['hmp-cornton-vale'],
           'cornton vale': ['hmp-cornton-vale'],
           'hmp maghaberry': ['hmp-maghaberry'],
           'maghaberry': ['hmp-maghaberry'],
           'maghaberry prison': ['hmp-maghaberry'],
           'hmp magilligan': ['hmp-magilligan'],
           'magilligan': ['hmp-magilligan'],
           'magilligan prison': ['hmp-magilligan'],
           'foyleview': ['hmp-magilligan'],
           'hydebank wood college': ['hydebank-wood-college'],
           'hydebank wood': ['hydebank-wood-college'],
           'hmp hydebank wood': ['hydebank-wood-college', 'ash-house-hydebank-wood'],
           'hydebank wood prison and young offenders centre': ['hydebank-wood-college'],
           'hm prison and young offenders centre hydebank wood': ['hydebank-wood-college'],
           'hydebank wood college belfast': ['hydebank-wood-college'],
           'belfast': ['hydebank-wood-college', 'ash-house-hydebank-wood', 'drumkeen-house-sthf',
                       'psni-custody-musgrave'],
           'ash house hydebank wood': ['ash-house-hydebank-wood'],
           'ash house': ['ash-house-hydebank-wood'],
           'ash house belfast': ['ash-house-hydebank-wood'],
           'woodlands jjc': ['woodlands-jjc'],
           'woodlands juvenile justice centre': ['woodlands-jjc'],
           'woodlands': ['woodlands-jjc'],
           'jjc': ['woodlands-jjc'],
           'bangor': ['woodlands-jjc', 'psni-custody-bangor', 'lakewood-scc'],
           'brook house irc': ['brook-house-irc'],
           'brook house immigration removal centre': ['brook-house-irc'],
           'brook house': ['brook-house-irc'],
           'brookhouse': ['brook-house-irc'],
           'gatwick irc': ['brook-house-irc', 'tinsley-house-irc'],
           'tinsley house irc': ['tinsley-house-irc'],
           'tinsley house immigration removal centre': ['tinsley-house-irc'],
           'tinsley house': ['tinsley-house-irc'],
           'gatwick pre departure accommodation': ['tinsley-house-irc'],
           'colnbrook irc': ['colnbrook-irc'],
           'colnbrook immigration removal centre': ['colnbrook-irc'],
           'colnbrook': ['colnbrook-irc'],
           'heathrow irc': ['colnbrook-irc', 'harmondsworth-irc'],
           'harmondsworth irc': ['harmondsworth-irc'],
           'harmondsworth immigration removal centre': ['harmondsworth-irc'],
           'harmondsworth': ['harmondsworth-irc'],
           'heathrow immigration removal centre harmondsworth site': ['harmondsworth-irc'],
           'harmondsworth site': ['harmondsworth-irc'],
           'yarls wood irc': ['yarls-wood-irc'],
           'yarls wood immigration removal centre': ['yarls-wood-irc'],
           'yarls wood': ['yarls-wood-irc'],
           'yarlswood': ['yarls-wood-irc'],
           'clapham bedfordshire': ['yarls-wood-irc'],
           'bedfordshire': ['yarls-wood-irc'],
           'derwentside irc': ['derwentside-irc'],
           'derwentside immigration removal centre': ['derwentside-irc'],
           'derwentside': ['derwentside-irc'],
           'hassockfield': ['derwentside-irc', 'hassockfield-stc'],
           'consett': ['derwentside-irc', 'hassockfield-stc'],
           'dungavel irc': ['dungavel-irc'],
           'dungavel immigration removal centre': ['dungavel-irc'],
           'dungavel': ['dungavel-irc'],
           'dungavel house': ['dungavel-irc'],
           'dungavel house irc': ['dungavel-irc'],
           'dungavel castle': ['dungavel-irc'],
           'strathaven': ['dungavel-irc'],
           'campsfield house irc': ['campsfield-house-irc'],
           'campsfield immigration removal centre': ['campsfield-house-irc'],
           'campsfield house': ['campsfield-house-irc'],
           'campsfield': ['campsfield-house-irc'],
           'campsfield irc': ['campsfield-house-irc'],
           'kidlington': ['campsfield-house-irc'],
           'morton hall irc': ['morton-hall-irc'],
           'morton hall immigration removal centre': ['morton-hall-irc'],
           'hmirc morton hall': ['morton-hall-irc'],
           'the verne irc': ['the-verne-irc'],
           'the verne immigration removal centre': ['the-verne-irc'],
           'hmirc the verne': ['the-verne-irc'],
           'the verne irc portland': ['the-verne-irc'],
           'dover irc': ['dover-irc'],
           'dover immigration removal centre': ['dover-irc'],
           'hmirc dover': ['dover-irc'],
           'haslar irc': ['haslar-irc'],
           'haslar immigration removal centre': ['haslar-irc'],
           'hmirc haslar': ['haslar-irc'],
           'haslar': ['haslar-irc'],
           'larne house sthf': ['larne-house-sthf'],
           'larne house': ['larne-house-sthf'],
           'larne short term holding facility': ['larne-house-sthf'],
           'larne': ['larne-house-sthf'],
           'manchester airport rsthf': ['manchester-airport-rsthf'],
           'manchester airport residential short term holding facility': ['manchester-airport-rsthf'],
           'manchester residential short term holding facility': ['manchester-airport-rsthf'],
           'manchester short term holding facility': ['manchester-airport-rsthf'],
           'manchester airport sthf': ['manchester-airport-rsthf'],
           'manchester airport residential short term holding facility manchester': ['manchester-airport-rsthf'],
           'manchester airport residential short term holding facility manchester airport': ['manchester-airport-rsthf'],
           'manchester airport': ['manchester-airport-rsthf', 'manchester-airport-pennine-house'],
           'manston sthf': ['manston-sthf'],
           'manston short term holding facility': ['manston-sthf'],
           'manston': ['manston-sthf'],
           'western jet foil sthf': ['western-jet-foil-sthf'],
           'western jet foil short term holding facility': ['western-jet-foil-sthf'],
           'western jet foil': ['western-jet-foil-sthf'],
           'lydd airport sthf': ['lydd-airport-sthf'],
           'lydd airport short term holding facility': ['lydd-airport-sthf'],
           'lydd airport': ['lydd-airport-sthf'],
           'glasgow airport sthf': ['glasgow-airport-sthf'],
           'glasgow airport holding rooms': ['glasgow-airport-sthf'],
           'glasgow airport holding room': ['glasgow-airport-sthf'],
           'edinburgh airport sthf': ['edinburgh-airport-sthf'],
           'edinburgh airport holding rooms': ['edinburgh-airport-sthf'],
           'edinburgh airport holding room': ['edinburgh-airport-sthf'],
           'festival court sthf': ['festival-court-sthf'],
           'festival court reporting centre holding room': ['festival-court-sthf'],
           'festival court': ['festival-court-sthf'],
           'the reporting centre festival court glasgow': ['festival-court-sthf'],
           'capital building sthf': ['capital-building-sthf'],
           'capital building reporting centre holding room': ['capital-building-sthf'],
           'capital building': ['capital-building-sthf'],
           'capital building liverpool': ['capital-building-sthf'],
           'dallas court sthf': ['dallas-court-sthf'],
           'dallas court reporting centre holding room': ['dallas-court-sthf'],
           'dallas court': ['dallas-court-sthf'],
           'dallas court salford': ['dallas-court-sthf'],
           'salford': ['dallas-court-sthf'],
           'drumkeen house sthf': ['drumkeen-house-sthf'],
           'drumkeen house reporting centre holding room': ['drumkeen-house-sthf'],
           'drumkeen house': ['drumkeen-house-sthf'],
           'drumkeen house belfast': ['drumkeen-house-sthf'],
           'eaton house sthf': ['eaton-house-sthf'],
           'eaton house reporting centre holding room': ['eaton-house-sthf'],
           'eaton house': ['eaton-house-sthf'],
           'eaton house hounslow': ['eaton-house-sthf'],
           'hounslow': ['eaton-house-sthf'],
           'eaton house short term holding facility': ['eaton-house-sthf'],
           'loughborough sthf': ['loughborough-sthf'],
           'loughborough reporting centre holding room': ['loughborough-sthf'],
           'loughborough': ['loughborough-sthf'],
           'ruskin square sthf': ['ruskin-square-sthf'],
           'ruskin square reporting centre holding room': ['ruskin-square-sthf'],
           'ruskin square': ['ruskin-square-sthf'],
           'ruskin square croydon': ['ruskin-square-sthf'],
           'croydon': ['ruskin-square-sthf'],
           'sandford house sthf': ['sandford-house-sthf'],
           'sandford house reporting centre holding room': ['sandford-house-sthf'],
           'sandford house': ['sandford-house-sthf'],
           'sandford house solihull': ['sandford-house-sthf'],
           'solihull': ['sandford-house-sthf'],
           'vulcan house sthf': ['vulcan-house-sthf'],
           'vulcan house reporting centre holding room': ['vulcan-house-sthf'],
           'vulcan house': ['vulcan-house-sthf'],
           'vulcan house sheffield': ['vulcan-house-sthf'],
           'sheffield': ['vulcan-house-sthf'],
           'waterside court sthf': ['waterside-court-sthf'],
           'waterside court reporting centre holding room': ['waterside-court-sthf'],
           'waterside court': ['waterside-court-sthf'],
           'waterside court leeds': ['waterside-court-sthf'],
           'oakhill stc': ['oakhill-stc'],
           'oakhill secure training centre': ['oakhill-stc'],
           'oakhill': ['oakhill-stc'],
           'rainsbrook stc': ['rainsbrook-stc'],
           'rainsbrook secure training centre': ['rainsbrook-stc'],
           'rainsbrook': ['rainsbrook-stc'],
           'rainsbrook secure training unit': ['rainsbrook-stc'],
           'barby': ['rainsbrook-stc'],
           'willoughby': ['rainsbrook-stc'],
           'medway stc': ['medway-stc'],
           'medway secure training centre': ['medway-stc'],
           'medway stc rochester': ['medway-stc'],
           'oasis restore': ['oasis-restore'],
           'oasis restore secure school': ['oasis-restore'],
           'orss': ['oasis-restore'],
           'medway secure school': ['oasis-restore'],
           'oasis restore rochester': ['oasis-restore'],
           'adel beck sch': ['adel-beck-sch'],
           'adel beck secure childrens home': ['adel-beck-sch'],
           'adel beck': ['adel-beck-sch'],
           'aldine house sch': ['aldine-house-sch'],
           'aldine house secure centre': ['aldine-house-sch'],
           'aldine house': ['aldine-house-sch'],
           'atkinson unit sch': ['atkinson-unit-sch'],
           'atkinson unit': ['atkinson-unit-sch'],
           'atkinson': ['atkinson-unit-sch'],
           'aycliffe sch': ['aycliffe-sch'],
           'aycliffe secure services': ['aycliffe-sch'],
           'aycliffe': ['aycliffe-sch'],
           'barton moss sch': ['barton-moss-sch'],
           'barton moss secure care centre': ['barton-moss-sch'],
           'barton moss': ['barton-moss-sch'],
           'clare lodge sch': ['clare-lodge-sch'],
           'clare lodge': ['clare-lodge-sch'],
           'clayfields house sch': ['clayfields-house-sch'],
           'clayfields house secure unit': ['clayfields-house-sch'],
           'clayfields house': ['clayfields-house-sch'],
           'clayfields': ['clayfields-house-sch'],
           'hillside sch': ['hillside-sch'],
           'hillside secure childrens home': ['hillside-sch'],
           'hillside': ['hillside-sch'],
           'kyloe house sch': ['kyloe-house-sch'],
           'kyloe house': ['kyloe-house-sch'],
           'lansdowne sch': ['lansdowne-sch'],
           'lansdowne secure unit': ['lansdowne-sch'],
           'lansdowne': ['lansdowne-sch'],
           'lincolnshire sch': ['lincolnshire-sch'],
           'lincolnshire secure unit': ['lincolnshire-sch'],
           'lincolnshire': ['lincolnshire-sch'],
           'sleaford': ['lincolnshire-sch'],
           'marydale lodge sch': ['marydale-lodge-sch'],
           'marydale lodge secure childrens centre': ['marydale-lodge-sch'],
           'marydale lodge': ['marydale-lodge-sch'],
           'marydale lodge secure childrens home': ['marydale-lodge-sch'],
           'st helens': ['marydale-lodge-sch'],
           'swanwick lodge sch': ['swanwick-lodge-sch'],
           'swanwick lodge': ['swanwick-lodge-sch'],
           'swanwick lodge secure childrens home': ['swanwick-lodge-sch'],
           'vinney green sch': ['vinney-green-sch'],
           'vinney green': ['vinney-green-sch'],
           'vinney green secure childrens home': ['vinney-green-sch'],
           'vinney green secure unit': ['vinney-green-sch'],
           'red bank sch': ['red-bank-sch'],
           'red bank secure unit': ['red-bank-sch'],
           'red bank': ['red-bank-sch'],
           'red bank secure childrens home': ['red-bank-sch'],
           'red bank community home': ['red-bank-sch'],
           'good shepherd centre': ['good-shepherd-centre'],
           'good shepherd centre secure unit': ['good-shepherd-centre'],
           'bishopton': ['good-shepherd-centre'],
           'kibble safe centre': ['kibble-safe-centre'],
           'kibble education and care centre': ['kibble-safe-centre'],
           'kibble': ['kibble-safe-centre'],
           'paisley': ['kibble-safe-centre'],
           'rossie secure accommodation': ['rossie-secure-accommodation'],
           'rossie secure accommodation services': ['rossie-secure-accommodation'],
           'rossie': ['rossie-secure-accommodation'],
           'rossie young peoples trust': ['rossie-secure-accommodation'],
           'montrose': ['rossie-secure-accommodation'],
           'st marys kenmure': ['st-marys-kenmure'],
           'mctc colchester': ['mctc-colchester'],
           'military corrective training centre': ['mctc-colchester'],
           'mctc': ['mctc-colchester'],
           'the glasshouse': ['mctc-colchester'],
           'colly': ['mctc-colchester'],
           'colchester': ['mctc-colchester'],
           'broadmoor hospital': ['broadmoor-hospital'],
           'broadmoor': ['broadmoor-hospital'],
           'broadmoor hospital crowthorne': ['broadmoor-hospital'],
           'crowthorne': ['broadmoor-hospital'],
           'rampton hospital': ['rampton-hospital'],
           'rampton secure hospital': ['rampton-hospital'],
           'rampton': ['rampton-hospital'],
           'woodbeck': ['rampton-hospital'],
           'rampton hospital retford': ['rampton-hospital'],
           'ashworth hospital': ['ashworth-hospital'],
           'ashworth high secure hospital': ['ashworth-hospital'],
           'ashworth': ['ashworth-hospital'],
           'maghull health park': ['ashworth-hospital', 'rowan-view'],
           'ashworth hospital maghull': ['ashworth-hospital'],
           'maghull': ['ashworth-hospital', 'rowan-view'],
           'rowan view': ['rowan-view'],
           'rowan view medium secure hospital': ['rowan-view'],
           'rowan view maghull': ['rowan-view'],
           'state hospital carstairs': ['state-hospital-carstairs'],
           'the state hospital': ['state-hospital-carstairs'],
           'state hospital': ['state-hospital-carstairs'],
           'carstairs': ['state-hospital-carstairs'],
           'carstairs hospital': ['state-hospital-carstairs'],
           'the state hospital carstairs': ['state-hospital-carstairs'],
           'state hospitals board for scotland': ['state-hospital-carstairs'],
           'the state hospital lanark': ['state-hospital-carstairs'],
           'lanark': ['state-hospital-carstairs', 'ps-custody-lanark'],
           'rohallion clinic': ['rohallion-clinic'],
           'rohallion': ['rohallion-clinic'],
           'rohallion clinic murray royal hospital': ['rohallion-clinic'],
           'murray royal hospital': ['rohallion-clinic'],
           'murray royal hospital perth': ['rohallion-clinic'],
           'rohallion clinic perth': ['rohallion-clinic'],
           'orchard clinic edinburgh': ['orchard-clinic-edinburgh'],
           'the orchard clinic': ['orchard-clinic-edinburgh'],
           'orchard clinic': ['orchard-clinic-edinburgh'],
           'orchard clinic royal edinburgh hospital': ['orchard-clinic-edinburgh'],
           'royal edinburgh hospital': ['orchard-clinic-edinburgh'],
           'the orchard clinic edinburgh': ['orchard-clinic-edinburgh'],
           'rowanbank clinic': ['rowanbank-clinic'],
           'rowanbank': ['rowanbank-clinic'],
           'rowanbank clinic stobhill hospital': ['rowanbank-clinic'],
           'stobhill hospital': ['rowanbank-clinic'],
           'stobhill': ['rowanbank-clinic'],
           'balornock road': ['rowanbank-clinic'],
           'rowanbank clinic glasgow': ['rowanbank-clinic'],
           'three bridges msu': ['three-bridges-msu'],
           'three bridges': ['three-bridges-msu'],
           'three bridges medium secure unit': ['three-bridges-msu'],
           'three bridges regional secure unit': ['three-bridges-msu'],
           'st bernards hospital': ['three-bridges-msu', 'orchard-unit-st-bernards'],
           'southall': ['three-bridges-msu'],
           'three bridges ealing': ['three-bridges-msu'],
           'ealing': ['three-bridges-msu', 'orchard-unit-st-bernards'],
           'orchard unit st bernards': ['orchard-unit-st-bernards'],
           'the orchard west london nhs trust womens secure service': ['orchard-unit-st-bernards'],
           'orchard unit': ['orchard-unit-st-bernards'],
           'the orchard st bernards hospital': ['orchard-unit-st-bernards'],
           'west london womens secure services': ['orchard-unit-st-bernards'],
           'the orchard west london nhs trust womens secure service ealing': ['orchard-unit-st-bernards'],
           'the orchard west london nhs trust womens secure service st bernards hospital': ['orchard-unit-st-bernards'],
           'reaside clinic': ['reaside-clinic'],
           'reaside': ['reaside-clinic'],
           'reaside medium secure unit': ['reaside-clinic'],
           'rednal': ['reaside-clinic'],
           'reaside clinic birmingham': ['reaside-clinic'],
           'psni custody musgrave': ['psni-custody-musgrave'],
           'musgrave custody suite': ['psni-custody-musgrave'],
           'musgrave': ['psni-custody-musgrave'],
           'musgrave street': ['psni-custody-musgrave'],
           'musgrave station': ['psni-custody-musgrave'],
           'belfast custody suite': ['psni-custody-musgrave'],
           'musgrave custody suite belfast': ['psni-custody-musgrave'],
           'psni custody strand road': ['psni-custody-strand-road'],
           'strand road custody suite': ['psni-custody-strand-road'],
           'strand road': ['psni-custody-strand-road'],
           'strand road police station': ['psni-custody-strand-road'],
           'derry': ['psni-custody-strand-road', 'psni-custody-waterside'],
           'londonderry': ['psni-custody-strand-road', 'psni-custody-waterside'],
           'psni custody waterside': ['psni-custody-waterside'],
           'waterside custody suite': ['psni-custody-waterside'],
           'waterside': ['psni-custody-waterside'],
           'waterside psni station': ['psni-custody-waterside'],
           'waterside police station': ['psni-custody-waterside'],
           'psni custody coleraine': ['psni-custody-coleraine'],
           'coleraine custody suite': ['psni-custody-coleraine'],
           'coleraine': ['psni-custody-coleraine'],
           'coleraine police station': ['psni-custody-coleraine'],
           'psni custody antrim': ['psni-custody-antrim'],
           'antrim custody suite': ['psni-custody-antrim'],
           'antrim': ['psni-custody-antrim'],
           'antrim police station': ['psni-custody-antrim'],
           'antrim serious crime suite': ['psni-custody-antrim'],
           'psni custody omagh': ['psni-custody-omagh'],
           'omagh custody suite': ['psni-custody-omagh'],
           'omagh': ['psni-custody-omagh'],
           'omagh police station': ['psni-custody-omagh'],
           'psni custody dungannon': ['psni-custody-dungannon'],
           'dungannon custody suite': ['psni-custody-dungannon'],
           'dungannon': ['psni-custody-dungannon'],
           'dungannon police station': ['psni-custody-dungannon'],
           'psni custody lurgan': ['psni-custody-lurgan'],
           'lurgan custody suite': ['psni-custody-lurgan'],
           'lurgan': ['psni-custody-lurgan'],
           'lurgan police station': ['psni-custody-lurgan'],
           'psni custody banbridge': ['psni-custody-banbridge'],
           'banbridge custody suite': ['psni-custody-banbridge'],
           'banbridge': ['psni-custody-banbridge'],
           'banbridge police station': ['psni-custody-banbridge'],
           'psni custody enniskillen': ['psni-custody-enniskillen'],
           'enniskillen custody suite': ['psni-custody-enniskillen'],
           'enniskillen': ['psni-custody-enniskillen'],
           'enniskillen police station': ['psni-custody-enniskillen'],
           'fermanagh': ['psni-custody-enniskillen'],
           'psni custody strabane': ['psni-custody-strabane'],
           'strabane custody suite': ['psni-custody-strabane'],
           'strabane': ['psni-custody-strabane'],
           'strabane police station': ['psni-custody-strabane'],
           'psni custody bangor': ['psni-custody-bangor'],
           'bangor custody suite': ['psni-custody-bangor'],
           'bangor custody suite bangor': ['psni-custody-bangor'],
           'bangor police station': ['psni-custody-bangor'],
           'ps custody ayr': ['ps-custody-ayr'],
           'ayr custody centre': ['ps-custody-ayr'],
           'ayr': ['ps-custody-ayr'],
           'ayr police station': ['ps-custody-ayr'],
           'ps custody campbeltown': ['ps-custody-campbeltown'],
           'campbeltown custody centre': ['ps-custody-campbeltown'],
           'campbeltown': ['ps-custody-campbeltown'],
           'campbeltown police station': ['ps-custody-campbeltown'],
           'ps custody coatbridge': ['ps-custody-coatbridge'],
           'coatbridge custody centre': ['ps-custody-coatbridge'],
           'coatbridge': ['ps-custody-coatbridge'],
           'coatbridge police station': ['ps-custody-coatbridge'],
           'ps custody dunfermline': ['ps-custody-dunfermline'],
           'dunfermline custody centre': ['ps-custody-dunfermline'],
           'dunfermline': ['ps-custody-dunfermline'],
           'dunfermline police station': ['ps-custody-dunfermline'],
           'ps custody dunoon': ['ps-custody-dunoon'],
           'dunoon custody centre': ['ps-custody-dunoon'],
           'dunoon': ['ps-custody-dunoon'],
           'dunoon police station': ['ps-custody-dunoon'],
           'ps custody elgin': ['ps-custody-elgin'],
           'elgin custody centre': ['ps-custody-elgin'],
           'elgin': ['ps-custody-elgin'],
           'elgin police station': ['ps-custody-elgin'],
           'ps custody fort william': ['ps-custody-fort-william'],
           'fort william custody centre': ['ps-custody-fort-william'],
           'fort william': ['ps-custody-fort-william'],
           'fort william police station': ['ps-custody-fort-william'],
           'ps custody greenock': ['ps-custody-greenock'],
           'greenock custody centre': ['ps-custody-greenock'],
           'greenock custody centre greenock': ['ps-custody-greenock'],
           'greenock police station': ['ps-custody-greenock'],
           'ps custody hawick': ['ps-custody-hawick'],
           'hawick custody centre': ['ps-custody-hawick'],
           'hawick': ['ps-custody-hawick'],
           'hawick police station': ['ps-custody-hawick'],
           'ps custody kirkwall': ['ps-custody-kirkwall'],
           'kirkwall custody centre': ['ps-custody-kirkwall'],
           'kirkwall': ['ps-custody-kirkwall'],
           'kirkwall police station': ['ps-custody-kirkwall'],
           'ps custody lanark': ['ps-custody-lanark'],
           'lanark custody centre': ['ps-custody-lanark'],
           'lanark police station': ['ps-custody-lanark'],
           'ps custody lerwick': ['ps-custody-lerwick'],
           'lerwick custody centre': ['ps-custody-lerwick'],
           'lerwick': ['ps-custody-lerwick'],
           'lerwick police station': ['ps-custody-lerwick'],
           'ps custody lochgilphead': ['ps-custody-lochgilphead'],
           'lochgilphead custody centre': ['ps-custody-lochgilphead'],
           'lochgilphead': ['ps-custody-lochgilphead'],
           'lochgilphead police station': ['ps-custody-lochgilphead'],
           'ps custody oban': ['ps-custody-oban'],
           'oban custody centre': ['ps-custody-oban'],
           'oban': ['ps-custody-oban'],
           'oban police station': ['ps-custody-oban'],
           'ps custody saltcoats': ['ps-custody-saltcoats'],
           'saltcoats custody centre': ['ps-custody-saltcoats'],
           'saltcoats': ['ps-custody-saltcoats'],
           'saltcoats police station': ['ps-custody-saltcoats'],
           'ps custody stornoway': ['ps-custody-stornoway'],
           'stornoway custody centre': ['ps-custody-stornoway'],
           'stornoway': ['ps-custody-stornoway'],
           'stornoway police station': ['ps-custody-stornoway'],
           'ps custody wick': ['ps-custody-wick'],
           'wick custody centre': ['ps-custody-wick'],
           'wick': ['ps-custody-wick'],
           'wick police station': ['ps-custody-wick'],
           'ps custody clydebank': ['ps-custody-clydebank'],
           'clydebank custody centre': ['ps-custody-clydebank'],
           'clydebank': ['ps-custody-clydebank'],
           'clydebank police station': ['ps-custody-clydebank'],
           'ps custody rothesay': ['ps-custody-rothesay'],
           'rothesay custody centre': ['ps-custody-rothesay'],
           'rothesay': ['ps-custody-rothesay'],
           'rothesay police station': ['ps-custody-rothesay'],
           'ps custody tobermory': ['ps-custody-tobermory'],
           'tobermory custody centre': ['ps-custody-tobermory'],
           'tobermory': ['ps-custody-tobermory'],
           'tobermory police station': ['ps-custody-tobermory'],
           'ps custody craignure': ['ps-custody-craignure'],
           'craignure custody centre': ['ps-custody-craignure'],
           'craignure': ['ps-custody-craignure'],
           'craignure police station': ['ps-custody-craignure'],
           'ps custody tiree': ['ps-custody-tiree'],
           'tiree custody centre': ['ps-custody-tiree'],
           'tiree': ['ps-custody-tiree'],
           'tiree police station': ['ps-custody-tiree'],
           'tiree custody centre isle of tiree': ['ps-custody-tiree'],
           'isle of tiree': ['ps-custody-tiree'],
           'ps custody bowmore': ['ps-custody-bowmore'],
           'bowmore custody centre': ['ps-custody-bowmore'],
           'bowmore': ['ps-custody-bowmore'],
           'bowmore police station': ['ps-custody-bowmore'],
           'ps custody govan': ['ps-custody-govan'],
           'govan custody centre': ['ps-custody-govan'],
           'govan': ['ps-custody-govan'],
           'govan police station': ['ps-custody-govan'],
           'ps custody london road': ['ps-custody-london-road'],
           'london road custody centre': ['ps-custody-london-road'],
           'london road': ['ps-custody-london-road'],
           'london road police station': ['ps-custody-london-road'],
           'ps custody aikenhead road': ['ps-custody-aikenhead-road'],
           'aikenhead road custody centre': ['ps-custody-aikenhead-road'],
           'aikenhead road': ['ps-custody-aikenhead-road'],
           'aikenhead road police station': ['ps-custody-aikenhead-road'],
           'ps custody stewart street': ['ps-custody-stewart-street'],
           'stewart street custody centre': ['ps-custody-stewart-street'],
           'stewart street': ['ps-custody-stewart-street'],
           'stewart street police station': ['ps-custody-stewart-street'],
           'ps custody baird street': ['ps-custody-baird-street'],
           'baird street custody centre': ['ps-custody-baird-street'],
           'baird street': ['ps-custody-baird-street'],
           'baird street police station': ['ps-custody-baird-street'],
           'ps custody cathcart': ['ps-custody-cathcart'],
           'cathcart custody centre': ['ps-custody-cathcart'],
           'cathcart': ['ps-custody-cathcart'],
           'cathcart police station': ['ps-custody-cathcart'],
           'ps custody dundee': ['ps-custody-dundee'],
           'dundee custody centre': ['ps-custody-dundee'],
           'dundee custody centre dundee': ['ps-custody-dundee'],
           'dundee police station': ['ps-custody-dundee'],
           'tayside primary custody centre': ['ps-custody-dundee'],
           'ps custody perth': ['ps-custody-perth'],
           'perth custody centre': ['ps-custody-perth'],
           'perth custody centre perth': ['ps-custody-perth'],
           'perth police station': ['ps-custody-perth'],
           'ps custody arbroath': ['ps-custody-arbroath'],
           'arbroath custody centre': ['ps-custody-arbroath'],
           'arbroath': ['ps-custody-arbroath'],
           'arbroath police station': ['ps-custody-arbroath'],
           'ps custody motherwell': ['ps-custody-motherwell'],
           'motherwell custody centre': ['ps-custody-motherwell'],
           'motherwell': ['ps-custody-motherwell'],
           'motherwell police station': ['ps-custody-motherwell'],
           'ps custody kirkcaldy': ['ps-custody-kirkcaldy'],
           'kirkcaldy custody centre': ['ps-custody-kirkcaldy'],
           'kirkcaldy': ['ps-custody-kirkcaldy'],
           'kirkcaldy police station': ['ps-custody-kirkcaldy'],
           'ps custody falkirk': ['ps-custody-falkirk'],
           'falkirk custody centre': ['ps-custody-falkirk'],
           'falkirk': ['ps-custody-falkirk'],
           'falkirk police station': ['ps-custody-falkirk'],
           'west bridge street': ['ps-custody-falkirk'],
           'forth valley custody centre': ['ps-custody-falkirk'],
           'ps custody inverness': ['ps-custody-inverness'],
           'inverness custody centre': ['ps-custody-inverness'],
           'inverness custody centre inverness': ['ps-custody-inverness'],
           'inverness police station': ['ps-custody-inverness'],
           'highland and islands primary custody centre': ['ps-custody-inverness'],
           'ps custody dumfries': ['ps-custody-dumfries'],
           'dumfries custody centre': ['ps-custody-dumfries'],
           'dumfries custody centre dumfries': ['ps-custody-dumfries'],
           'dumfries police station': ['ps-custody-dumfries'],
           'ps custody stranraer': ['ps-custody-stranraer'],
           'stranraer custody centre': ['ps-custody-stranraer'],
           'stranraer': ['ps-custody-stranraer'],
           'stranraer police station': ['ps-custody-stranraer'],
           'ps custody kilmarnock': ['ps-custody-kilmarnock'],
           'kilmarnock custody centre': ['ps-custody-kilmarnock'],
           'kilmarnock custody centre kilmarnock': ['ps-custody-kilmarnock'],
           'kilmarnock police station': ['ps-custody-kilmarnock'],
           'ps custody kittybrewster': ['ps-custody-kittybrewster'],
           'kittybrewster custody centre': ['ps-custody-kittybrewster'],
           'kittybrewster': ['ps-custody-kittybrewster'],
           'aberdeen custody centre': ['ps-custody-kittybrewster'],
           'kittybrewster police station': ['ps-custody-kittybrewster'],
           'kittybrewster custody centre aberdeen': ['ps-custody-kittybrewster'],
           'aberdeen': ['ps-custody-kittybrewster'],
           'ps custody fraserburgh': ['ps-custody-fraserburgh'],
           'fraserburgh custody centre': ['ps-custody-fraserburgh'],
           'fraserburgh': ['ps-custody-fraserburgh'],
           'fraserburgh police station': ['ps-custody-fraserburgh'],
           'lakewood scc': ['lakewood-scc'],
           'lakewood secure care centre': ['lakewood-scc'],
           'lakewood': ['lakewood-scc'],
           'regional secure care centre at lakewood': ['lakewood-scc'],
           'lakewood regional secure care centre': ['lakewood-scc'],
           'lakewood secure care centre bangor': ['lakewood-scc'],
           'edinburgh secure services': ['edinburgh-secure-services'],
           'ess': ['edinburgh-secure-services'],
           'howdenhall': ['edinburgh-secure-services'],
           'howdenhall centre': ['edinburgh-secure-services'],
           'st katharines centre': ['edinburgh-secure-services'],
           'st katharines secure unit': ['edinburgh-secure-services'],
           'edinburgh secure services edinburgh': ['edinburgh-secure-services'],
           'hassockfield stc': ['hassockfield-stc'],
           'hassockfield secure training centre': ['hassockfield-stc'],
           'medomsley': ['hassockfield-stc'],
           'heathrow airport holding rooms': ['heathrow-airport-holding-rooms'],
           'heathrow airport short term holding facilities holding rooms': ['heathrow-airport-holding-rooms'],
           'heathrow holding rooms': ['heathrow-airport-holding-rooms'],
           'heathrow sthf': ['heathrow-airport-holding-rooms'],
           'heathrow terminal 2 sthf': ['heathrow-airport-holding-rooms'],
           'heathrow terminal 3 sthf': ['heathrow-airport-holding-rooms'],
           'heathrow terminal 4 sthf': ['heathrow-airport-holding-rooms'],
           'heathrow terminal 5 sthf': ['heathrow-airport-holding-rooms'],
           'heathrow airport imb': ['heathrow-airport-holding-rooms'],
           'heathrow': ['heathrow-airport-holding-rooms'],
           'heathrow holding room': ['heathrow-airport-holding-rooms'],
           'kent intake unit sthf': ['kent-intake-unit-sthf'],
           'kent intake unit': ['kent-intake-unit-sthf'],
           'kiu': ['kent-intake-unit-sthf'],
           'kent intake unit kiu': ['kent-intake-unit-sthf'],
           'kent intake unit dover': ['kent-intake-unit-sthf'],
           'dover': ['kent-intake-unit-sthf'],
           'dover seaport': ['kent-intake-unit-sthf'],
           'gatwick airport holding rooms': ['gatwick-airport-holding-rooms'],
           'gatwick airport short term holding facilities holding rooms': ['gatwick-airport-holding-rooms'],
           'gatwick holding rooms': ['gatwick-airport-holding-rooms'],
           'gatwick sthf': ['gatwick-airport-holding-rooms'],
           'gatwick south terminal holding room': ['gatwick-airport-holding-rooms'],
           'manchester airport pennine house': ['manchester-airport-pennine-house'],
           'pennine house manchester airport terminal 2': ['manchester-airport-pennine-house'],
           'pennine house': ['manchester-airport-pennine-house'],
           'pennine house manchester airport': ['manchester-airport-pennine-house'],
           'manchester detention centre': ['manchester-airport-pennine-house'],
           'manchester airport terminal 2 holding facility': ['manchester-airport-pennine-house'],
           'pennine house manchester': ['manchester-airport-pennine-house']},
 'cores': {'altcourse': ['hmp-altcourse'],
           'liverpool': ['hmp-altcourse', 'hmp-liverpool', 'capital-building-sthf'],
           'ashfield': ['hmp-ashfield'],
           'bristol': ['hmp-ashfield', 'hmp-bristol', 'vinney-green-sch'],
           'askham grange': ['hmp-askham-grange'],
           'york': ['hmp-askham-grange', 'hmp-full-sutton', 'hmp-millsike'],
           'aylesbury': ['hmyoi-aylesbury', 'hmp-grendon', 'hmp-spring-hill'],
           'bedford': ['hmp-bedford', 'yarls-wood-irc'],
           'belmarsh': ['hmp-belmarsh'],
           'london': ['hmp-belmarsh', 'hmp-brixton', 'hmp-isis', 'hmp-pentonville', 'hmp-thameside', 'hmp-wandsworth',
                      'hmp-wormwood-scrubs', 'hmp-holloway'],
           'berwyn': ['hmp-berwyn'],
           'wrexham': ['hmp-berwyn'],
           'birmingham': ['hmp-birmingham', 'reaside-clinic'],
           'brinsford': ['hmp-brinsford'],
           'wolverhampton': ['hmp-brinsford', 'hmp-featherstone', 'hmp-oakwood'],
           'brixton': ['hmp-brixton'],
           'bronzefield': ['hmp-bronzefield'],
           'ashford': ['hmp-bronzefield'],
           'buckley hall': ['hmp-buckley-hall'],
           'rochdale': ['hmp-buckley-hall'],
           'bullingdon': ['hmp-bullingdon'],
           'bicester': ['hmp-bullingdon'],
           'bure': ['hmp-bure'],
           'norwich': ['hmp-bure', 'hmp-norwich'],
           'cardiff': ['hmp-cardiff'],
           'caerdydd': ['hmp-cardiff'],
           'channings wood': ['hmp-channings-wood'],
           'newton abbot': ['hmp-channings-wood'],
           'chelmsford': ['hmp-chelmsford'],
           'coldingley': ['hmp-coldingley'],
           'woking': ['hmp-coldingley', 'hmp-send'],
           'cookham wood': ['hmyoi-cookham-wood', 'hmp-cookham-wood'],
           'cookham wood rochester': ['hmyoi-cookham-wood', 'hmp-cookham-wood'],
           'rochester': ['hmyoi-cookham-wood', 'hmp-cookham-wood', 'hmp-rochester', 'medway-stc', 'oasis-restore'],
           'dartmoor': ['hmp-dartmoor'],
           'yelverton': ['hmp-dartmoor'],
           'deerbolt': ['hmp-deerbolt'],
           'barnard castle': ['hmp-deerbolt'],
           'doncaster': ['hmp-doncaster', 'hmp-hatfield', 'hmp-lindholme', 'hmp-moorland'],
           'dovegate': ['hmp-dovegate'],
           'uttoxeter': ['hmp-dovegate'],
           'downview': ['hmp-downview'],
           'sutton': ['hmp-downview', 'hmp-high-down'],
           'drake hall': ['hmp-drake-hall'],
           'eccleshall': ['hmp-drake-hall'],
           'durham': ['hmp-durham', 'hmp-frankland', 'hmp-low-newton'],
           'east sutton park': ['hmp-east-sutton-park'],
           'maidstone': ['hmp-east-sutton-park', 'hmp-maidstone'],
           'eastwood park': ['hmp-eastwood-park'],
           'wotton under edge': ['hmp-eastwood-park'],
           'elmley': ['hmp-elmley'],
           'sheerness': ['hmp-elmley', 'hmp-standford-hill', 'hmp-swaleside'],
           'erlestoke': ['hmp-erlestoke'],
           'devizes': ['hmp-erlestoke'],
           'exeter': ['hmp-exeter', 'atkinson-unit-sch'],
           'featherstone': ['hmp-featherstone'],
           'feltham': ['hmp-feltham', 'hmyoi-feltham'],
           'five wells': ['hmp-five-wells'],
           'wellingborough': ['hmp-five-wells'],
           'ford': ['hmp-ford'],
           'arundel': ['hmp-ford'],
           'forest bank': ['hmp-forest-bank'],
           'manchester': ['hmp-forest-bank', 'hmp-manchester', 'manchester-airport-rsthf',
                          'manchester-airport-pennine-house'],
           'foston hall': ['hmp-foston-hall'],
           'derby': ['hmp-foston-hall'],
           'frankland': ['hmp-frankland'],
           'full sutton': ['hmp-full-sutton'],
           'garth': ['hmp-garth'],
           'leyland': ['hmp-garth', 'hmp-wymott'],
           'gartree': ['hmp-gartree'],
           'market harborough': ['hmp-gartree'],
           'grendon': ['hmp-grendon'],
           'grendon spring hill': ['hmp-grendon'],
           'guys marsh': ['hmp-guys-marsh'],
           'shaftesbury': ['hmp-guys-marsh'],
           'hatfield': ['hmp-hatfield'],
           'haverigg': ['hmp-haverigg'],
           'millom': ['hmp-haverigg'],
           'hewell': ['hmp-hewell'],
           'redditch': ['hmp-hewell'],
           'high down': ['hmp-high-down'],
           'highpoint': ['hmp-highpoint'],
           'newmarket': ['hmp-highpoint'],
           'hindley': ['hmp-hindley'],
           'wigan': ['hmp-hindley'],
           'hollesley bay': ['hmp-hollesley-bay'],
           'woodbridge': ['hmp-hollesley-bay', 'hmp-warren-hill'],
           'holme house': ['hmp-holme-house'],
           'stockton on tees': ['hmp-holme-house'],
           'hull': ['hmp-hull'],
           'humber': ['hmp-humber'],
           'brough': ['hmp-humber'],
           'huntercombe': ['hmp-huntercombe'],
           'henley on thames': ['hmp-huntercombe'],
           'isis': ['hmp-isis'],
           'isle of wight': ['hmp-isle-of-wight'],
           'parkhurst': ['hmp-isle-of-wight'],
           'albany': ['hmp-isle-of-wight'],
           'newport': ['hmp-isle-of-wight'],
           'kirkham': ['hmp-kirkham'],
           'preston': ['hmp-kirkham', 'hmp-preston'],
           'kirklevington grange': ['hmp-kirklevington-grange'],
           'yarm': ['hmp-kirklevington-grange'],
           'lancaster farms': ['hmp-lancaster-farms'],
           'lancaster': ['hmp-lancaster-farms'],
           'leeds': ['hmp-leeds', 'waterside-court-sthf', 'adel-beck-sch'],
           'leicester': ['hmp-leicester'],
           'lewes': ['hmp-lewes'],
           'leyhill': ['hmp-leyhill'],
           'lincoln': ['hmp-lincoln', 'hmp-morton-hall', 'morton-hall-irc'],
           'lindholme': ['hmp-lindholme'],
           'littlehey': ['hmp-littlehey'],
           'huntingdon': ['hmp-littlehey'],
           'long lartin': ['hmp-long-lartin'],
           'evesham': ['hmp-long-lartin'],
           'low newton': ['hmp-low-newton'],
           'lowdham grange': ['hmp-lowdham-grange'],
           'lowdham': ['hmp-lowdham-grange'],
           'moorland': ['hmp-moorland'],
           'morton hall': ['hmp-morton-hall', 'morton-hall-irc'],
           'swinderby': ['hmp-morton-hall', 'morton-hall-irc'],
           'new hall': ['hmp-new-hall'],
           'wakefield': ['hmp-new-hall', 'hmp-wakefield'],
           'north sea camp': ['hmp-north-sea-camp'],
           'boston': ['hmp-north-sea-camp'],
           'northumberland': ['hmp-northumberland'],
           'morpeth': ['hmp-northumberland', 'kyloe-house-sch'],
           'nottingham': ['hmp-nottingham', 'hmp-whatton'],
           'oakwood': ['hmp-oakwood'],
           'onley': ['hmp-onley'],
           'rugby': ['hmp-onley', 'hmp-rye-hill', 'rainsbrook-stc'],
           'parc': ['hmp-parc', 'hmyoi-parc'],
           'bridgend': ['hmp-parc', 'hmyoi-parc'],
           'pentonville': ['hmp-pentonville'],
           'peterborough': ['hmp-peterborough', 'hmp-peterborough-female', 'clare-lodge-sch'],
           'peterborough female': ['hmp-peterborough-female'],
           'portland': ['hmp-portland', 'hmp-the-verne', 'the-verne-irc'],
           'prescoed': ['hmp-prescoed'],
           'pontypool': ['hmp-prescoed'],
           'ranby': ['hmp-ranby'],
           'retford': ['hmp-ranby', 'rampton-hospital'],
           'risley': ['hmp-risley'],
           'warrington': ['hmp-risley', 'hmp-thorn-cross'],
           'rye hill': ['hmp-rye-hill'],
           'send': ['hmp-send'],
           'spring hill': ['hmp-spring-hill'],
           'stafford': ['hmp-stafford'],
           'standford hill': ['hmp-standford-hill'],
           'stocken': ['hmp-stocken'],
           'oakham': ['hmp-stocken'],
           'stoke heath': ['hmp-stoke-heath'],
           'market drayton': ['hmp-stoke-heath'],
           'styal': ['hmp-styal'],
           'wilmslow': ['hmp-styal'],
           'sudbury': ['hmp-sudbury'],
           'ashbourne': ['hmp-sudbury'],
           'swaleside': ['hmp-swaleside'],
           'swansea': ['hmp-swansea'],
           'abertawe': ['hmp-swansea'],
           'swinfen hall': ['hmp-swinfen-hall'],
           'lichfield': ['hmp-swinfen-hall'],
           'thameside': ['hmp-thameside'],
           'the mount': ['hmp-the-mount'],
           'hemel hempstead': ['hmp-the-mount'],
           'the verne': ['hmp-the-verne', 'the-verne-irc'],
           'the verne portland': ['hmp-the-verne'],
           'thorn cross': ['hmp-thorn-cross'],
           'usk': ['hmp-usk'],
           'usk and hmp yoi prescoed': ['hmp-usk'],
           'brynbuga': ['hmp-usk'],
           'wandsworth': ['hmp-wandsworth'],
           'warren hill': ['hmp-warren-hill'],
           'wayland': ['hmp-wayland'],
           'thetford': ['hmp-wayland'],
           'wealstun': ['hmp-wealstun'],
           'wetherby': ['hmp-wealstun', 'hmyoi-wetherby'],
           'werrington': ['hmyoi-werrington'],
           'stoke on trent': ['hmyoi-werrington'],
           'whatton': ['hmp-whatton'],
           'whitemoor': ['hmp-whitemoor'],
           'march': ['hmp-whitemoor'],
           'winchester': ['hmp-winchester'],
           'woodhill': ['hmp-woodhill'],
           'milton keynes': ['hmp-woodhill', 'oakhill-stc'],
           'wormwood scrubs': ['hmp-wormwood-scrubs'],
           'wymott': ['hmp-wymott'],
           'fosse way': ['hmp-fosse-way'],
           'fosse way glen parva': ['hmp-fosse-way'],
           'glen parva': ['hmp-fosse-way', 'hmp-glen-parva'],
           'millsike': ['hmp-millsike'],
           'holloway': ['hmp-holloway'],
           'kennet': ['hmp-kennet'],
           'glen parva hmpyoi and rc': ['hmp-glen-parva'],
           'blantyre house': ['hmp-blantyre-house'],
           'goudhurst': ['hmp-blantyre-house'],
           'addiewell': ['hmp-addiewell'],
           'barlinnie': ['hmp-barlinnie'],
           'bar l': ['hmp-barlinnie'],
           'the big hoose': ['hmp-barlinnie'],
           'glasgow': ['hmp-barlinnie', 'lilias-centre', 'festival-court-sthf', 'rowanbank-clinic', 'ps-custody-govan',
                       'ps-custody-london-road', 'ps-custody-aikenhead-road', 'ps-custody-stewart-street',
                       'ps-custody-baird-street', 'ps-custody-cathcart'],
           'castle huntly': ['hmp-castle-huntly'],
           'longforgan': ['hmp-castle-huntly'],
           'dumfries': ['hmp-dumfries', 'ps-custody-dumfries'],
           'edinburgh': ['hmp-edinburgh', 'orchard-clinic-edinburgh', 'edinburgh-secure-services'],
           'saughton': ['hmp-edinburgh'],
           'edinburgh saughton': ['hmp-edinburgh'],
           'glenochil': ['hmp-glenochil'],
           'grampian': ['hmp-grampian'],
           'peterhead': ['hmp-grampian'],
           'greenock': ['hmp-greenock', 'ps-custody-greenock'],
           'gateside': ['hmp-greenock'],
           'inverness': ['hmp-inverness', 'ps-custody-inverness'],
           'porterfield': ['hmp-inverness'],
           'kilmarnock': ['hmp-kilmarnock', 'ps-custody-kilmarnock'],
           'bowhouse': ['hmp-kilmarnock'],
           'low moss': ['hmp-low-moss'],
           'bishopbriggs': ['hmp-low-moss', 'st-marys-kenmure'],
           'perth': ['hmp-perth', 'rohallion-clinic', 'ps-custody-perth'],
           'polmont': ['hmp-polmont'],
           'hm young offenders institution polmont': ['hmp-polmont'],
           'shotts': ['hmp-shotts'],
           'stirling': ['hmp-stirling'],
           'bella centre': ['bella-centre'],
           'the bella centre': ['bella-centre'],
           'bella unit': ['bella-centre'],
           'dundee': ['bella-centre', 'ps-custody-dundee'],
           'lilias centre': ['lilias-centre'],
           'the lilias centre': ['lilias-centre'],
           'lilias unit': ['lilias-centre'],
           'maryhill': ['lilias-centre'],
           'cornton vale': ['hmp-cornton-vale'],
           'maghaberry': ['hmp-maghaberry'],
           'magilligan': ['hmp-magilligan'],
           'foyleview': ['hmp-magilligan'],
           'hydebank wood college': ['hydebank-wood-college'],
           'hydebank wood': ['hydebank-wood-college', 'ash-house-hydebank-wood'],
           'hydebank wood college belfast': ['hydebank-wood-college'],
           'belfast': ['hydebank-wood-college', 'ash-house-hydebank-wood', 'drumkeen-house-sthf',
                       'psni-custody-musgrave'],
           'ash house hydebank wood': ['ash-house-hydebank-wood'],
           'ash house': ['ash-house-hydebank-wood'],
           'ash house belfast': ['ash-house-hydebank-wood'],
           'woodlands jjc': ['woodlands-jjc'],
           'woodlands juvenile justice centre': ['woodlands-jjc'],
           'woodlands': ['woodlands-jjc'],
           'jjc': ['woodlands-jjc'],
           'bangor': ['woodlands-jjc', 'psni-custody-bangor', 'lakewood-scc'],
           'brook house': ['brook-house-irc'],
           'brookhouse': ['brook-house-irc'],
           'gatwick': ['brook-house-irc', 'tinsley-house-irc', 'gatwick-airport-holding-rooms'],
           'tinsley house': ['tinsley-house-irc'],
           'gatwick pre departure accommodation': ['tinsley-house-irc'],
           'colnbrook': ['colnbrook-irc'],
           'heathrow': ['colnbrook-irc', 'harmondsworth-irc', 'heathrow-airport-holding-rooms'],
           'harmondsworth': ['harmondsworth-irc'],
           'heathrow immigration removal centre harmondsworth site': ['harmondsworth-irc'],
           'harmondsworth site': ['harmondsworth-irc'],
           'yarls wood': ['yarls-wood-irc'],
           'yarlswood': ['yarls-wood-irc'],
           'clapham bedfordshire': ['yarls-wood-irc'],
           'bedfordshire': ['yarls-wood-irc'],
           'derwentside': ['derwentside-irc'],
           'hassockfield': ['derwentside-irc', 'hassockfield-stc'],
           'consett': ['derwentside-irc', 'hassockfield-stc'],
           'dungavel': ['dungavel-irc'],
           'dungavel house': ['dungavel-irc'],
           'dungavel castle': ['dungavel-irc'],
           'strathaven': ['dungavel-irc'],
           'campsfield house': ['campsfield-house-irc'],
           'campsfield': ['campsfield-house-irc'],
           'kidlington': ['campsfield-house-irc'],
           'the verne irc portland': ['the-verne-irc'],
           'dover': ['dover-irc', 'kent-intake-unit-sthf'],
           'haslar': ['haslar-irc'],
           'larne house': ['larne-house-sthf'],
           'larne': ['larne-house-sthf'],
           'manchester airport rsthf': ['manchester-airport-rsthf'],
           'manchester airport residential': ['manchester-airport-rsthf'],
           'manchester residential': ['manchester-airport-rsthf'],
           'manchester airport': ['manchester-airport-rsthf', 'manchester-airport-pennine-house'],
           'manchester airport residential short term holding facility manchester': ['manchester-airport-rsthf'],
           'manchester airport residential short term holding facility manchester airport': ['manchester-airport-rsthf'],
           'manston': ['manston-sthf'],
           'western jet foil': ['western-jet-foil-sthf'],
           'lydd airport': ['lydd-airport-sthf'],
           'glasgow airport': ['glasgow-airport-sthf'],
           'edinburgh airport': ['edinburgh-airport-sthf'],
           'festival court': ['festival-court-sthf'],
           'festival court reporting centre': ['festival-court-sthf'],
           'the reporting centre festival court glasgow': ['festival-court-sthf'],
           'capital building': ['capital-building-sthf'],
           'capital building reporting centre': ['capital-building-sthf'],
           'capital building liverpool': ['capital-building-sthf'],
           'dallas court': ['dallas-court-sthf'],
           'dallas court reporting centre': ['dallas-court-sthf'],
           'dallas court salford': ['dallas-court-sthf'],
           'salford': ['dallas-court-sthf'],
           'drumkeen house': ['drumkeen-house-sthf'],
           'drumkeen house reporting centre': ['drumkeen-house-sthf'],
           'drumkeen house belfast': ['drumkeen-house-sthf'],
           'eaton house': ['eaton-house-sthf'],
           'eaton house reporting centre': ['eaton-house-sthf'],
           'eaton house hounslow': ['eaton-house-sthf'],
           'hounslow': ['eaton-house-sthf'],
           'loughborough': ['loughborough-sthf'],
           'loughborough reporting centre': ['loughborough-sthf'],
           'ruskin square': ['ruskin-square-sthf'],
           'ruskin square reporting centre': ['ruskin-square-sthf'],
           'ruskin square croydon': ['ruskin-square-sthf'],
           'croydon': ['ruskin-square-sthf'],
           'sandford house': ['sandford-house-sthf'],
           'sandford house reporting centre': ['sandford-house-sthf'],
           'sandford house solihull': ['sandford-house-sthf'],
           'solihull': ['sandford-house-sthf'],
           'vulcan house': ['vulcan-house-sthf'],
           'vulcan house reporting centre': ['vulcan-house-sthf'],
           'vulcan house sheffield': ['vulcan-house-sthf'],
           'sheffield': ['vulcan-house-sthf'],
           'waterside court': ['waterside-court-sthf'],
           'waterside court reporting centre': ['waterside-court-sthf'],
           'waterside court leeds': ['waterside-court-sthf'],
           'oakhill': ['oakhill-stc'],
           'rainsbrook': ['rainsbrook-stc'],
           'rainsbrook secure training unit': ['rainsbrook-stc'],
           'barby': ['rainsbrook-stc'],
           'willoughby': ['rainsbrook-stc'],
           'medway': ['medway-stc'],
           'medway stc rochester': ['medway-stc'],
           'oasis restore': ['oasis-restore'],
           'oasis restore secure school': ['oasis-restore'],
           'orss': ['oasis-restore'],
           'medway secure school': ['oasis-restore'],
           'oasis restore rochester': ['oasis-restore'],
           'adel beck sch': ['adel-beck-sch'],
           'adel beck': ['adel-beck-sch'],
           'aldine house sch': ['aldine-house-sch'],
           'aldine house secure centre': ['aldine-house-sch'],
           'aldine house': ['aldine-house-sch'],
           'atkinson unit sch': ['atkinson-unit-sch'],
           'atkinson unit': ['atkinson-unit-sch'],
           'atkinson': ['atkinson-unit-sch'],
           'aycliffe sch': ['aycliffe-sch'],
           'aycliffe secure services': ['aycliffe-sch'],
           'aycliffe': ['aycliffe-sch'],
           'barton moss sch': ['barton-moss-sch'],
           'barton moss secure care centre': ['barton-moss-sch'],
           'barton moss': ['barton-moss-sch'],
           'clare lodge sch': ['clare-lodge-sch'],
           'clare lodge': ['clare-lodge-sch'],
           'clayfields house sch': ['clayfields-house-sch'],
           'clayfields house secure unit': ['clayfields-house-sch'],
           'clayfields house': ['clayfields-house-sch'],
           'clayfields': ['clayfields-house-sch'],
           'hillside sch': ['hillside-sch'],
           'hillside': ['hillside-sch'],
           'kyloe house sch': ['kyloe-house-sch'],
           'kyloe house': ['kyloe-house-sch'],
           'lansdowne sch': ['lansdowne-sch'],
           'lansdowne secure unit': ['lansdowne-sch'],
           'lansdowne': ['lansdowne-sch'],
           'lincolnshire sch': ['lincolnshire-sch'],
           'lincolnshire secure unit': ['lincolnshire-sch'],
           'lincolnshire': ['lincolnshire-sch'],
           'sleaford': ['lincolnshire-sch'],
           'marydale lodge sch': ['marydale-lodge-sch'],
           'marydale lodge secure childrens centre': ['marydale-lodge-sch'],
           'marydale lodge': ['marydale-lodge-sch'],
           'st helens': ['marydale-lodge-sch'],
           'swanwick lodge sch': ['swanwick-lodge-sch'],
           'swanwick lodge': ['swanwick-lodge-sch'],
           'vinney green sch': ['vinney-green-sch'],
           'vinney green': ['vinney-green-sch'],
           'vinney green secure unit': ['vinney-green-sch'],
           'red bank sch': ['red-bank-sch'],
           'red bank secure unit': ['red-bank-sch'],
           'red bank': ['red-bank-sch'],
           'red bank community home': ['red-bank-sch'],
           'good shepherd centre': ['good-shepherd-centre'],
           'good shepherd centre secure unit': ['good-shepherd-centre'],
           'bishopton': ['good-shepherd-centre'],
           'kibble safe centre': ['kibble-safe-centre'],
           'kibble education and care centre': ['kibble-safe-centre'],
           'kibble': ['kibble-safe-centre'],
           'paisley': ['kibble-safe-centre'],
           'rossie secure accommodation': ['rossie-secure-accommodation'],
           'rossie secure accommodation services': ['rossie-secure-accommodation'],
           'rossie': ['rossie-secure-accommodation'],
           'rossie young peoples trust': ['rossie-secure-accommodation'],
           'montrose': ['rossie-secure-accommodation'],
           'st marys kenmure': ['st-marys-kenmure'],
           'mctc colchester': ['mctc-colchester'],
           'military corrective training centre': ['mctc-colchester'],
           'mctc': ['mctc-colchester'],
           'the glasshouse': ['mctc-colchester'],
           'colly': ['mctc-colchester'],
           'colchester': ['mctc-colchester'],
           'broadmoor hospital': ['broadmoor-hospital'],
           'broadmoor': ['broadmoor-hospital'],
           'broadmoor hospital crowthorne': ['broadmoor-hospital'],
           'crowthorne': ['broadmoor-hospital'],
           'rampton hospital': ['rampton-hospital'],
           'rampton secure hospital': ['rampton-hospital'],
           'rampton': ['rampton-hospital'],
           'woodbeck': ['rampton-hospital'],
           'rampton hospital retford': ['rampton-hospital'],
           'ashworth hospital': ['ashworth-hospital'],
           'ashworth high secure hospital': ['ashworth-hospital'],
           'ashworth': ['ashworth-hospital'],
           'maghull health park': ['ashworth-hospital', 'rowan-view'],
           'ashworth hospital maghull': ['ashworth-hospital'],
           'maghull': ['ashworth-hospital', 'rowan-view'],
           'rowan view': ['rowan-view'],
           'rowan view medium secure hospital': ['rowan-view'],
           'rowan view maghull': ['rowan-view'],
           'state hospital carstairs': ['state-hospital-carstairs'],
           'the state hospital': ['state-hospital-carstairs'],
           'state hospital': ['state-hospital-carstairs'],
           'carstairs': ['state-hospital-carstairs'],
           'carstairs hospital': ['state-hospital-carstairs'],
           'the state hospital carstairs': ['state-hospital-carstairs'],
           'state hospitals board for scotland': ['state-hospital-carstairs'],
           'the state hospital lanark': ['state-hospital-carstairs'],
           'lanark': ['state-hospital-carstairs', 'ps-custody-lanark'],
           'rohallion clinic': ['rohallion-clinic'],
           'rohallion': ['rohallion-clinic'],
           'rohallion clinic murray royal hospital': ['rohallion-clinic'],
           'murray royal hospital': ['rohallion-clinic'],
           'murray royal hospital perth': ['rohallion-clinic'],
           'rohallion clinic perth': ['rohallion-clinic'],
           'orchard clinic edinburgh': ['orchard-clinic-edinburgh'],
           'the orchard clinic': ['orchard-clinic-edinburgh'],
           'orchard clinic': ['orchard-clinic-edinburgh'],
           'orchard clinic royal edinburgh hospital': ['orchard-clinic-edinburgh'],
           'royal edinburgh hospital': ['orchard-clinic-edinburgh'],
           'the orchard clinic edinburgh': ['orchard-clinic-edinburgh'],
           'rowanbank clinic': ['rowanbank-clinic'],
           'rowanbank': ['rowanbank-clinic'],
           'rowanbank clinic stobhill hospital': ['rowanbank-clinic'],
           'stobhill hospital': ['rowanbank-clinic'],
           'stobhill': ['rowanbank-clinic'],
           'balornock road': ['rowanbank-clinic'],
           'rowanbank clinic glasgow': ['rowanbank-clinic'],
           'three bridges msu': ['three-bridges-msu'],
           'three bridges': ['three-bridges-msu'],
           'three bridges medium secure unit': ['three-bridges-msu'],
           'three bridges regional secure unit': ['three-bridges-msu'],
           'st bernards hospital': ['three-bridges-msu', 'orchard-unit-st-bernards'],
           'southall': ['three-bridges-msu'],
           'three bridges ealing': ['three-bridges-msu'],
           'ealing': ['three-bridges-msu', 'orchard-unit-st-bernards'],
           'orchard unit st bernards': ['orchard-unit-st-bernards'],
           'the orchard west london nhs trust womens secure service': ['orchard-unit-st-bernards'],
           'orchard unit': ['orchard-unit-st-bernards'],
           'the orchard st bernards hospital': ['orchard-unit-st-bernards'],
           'west london womens secure services': ['orchard-unit-st-bernards'],
           'the orchard west london nhs trust womens secure service ealing': ['orchard-unit-st-bernards'],
           'the orchard west london nhs trust womens secure service st bernards hospital': ['orchard-unit-st-bernards'],
           'reaside clinic': ['reaside-clinic'],
           'reaside': ['reaside-clinic'],
           'reaside medium secure unit': ['reaside-clinic'],
           'rednal': ['reaside-clinic'],
           'reaside clinic birmingham': ['reaside-clinic'],
           'psni custody musgrave': ['psni-custody-musgrave'],
           'musgrave custody suite': ['psni-custody-musgrave'],
           'musgrave': ['psni-custody-musgrave'],
           'musgrave street': ['psni-custody-musgrave'],
           'musgrave station': ['psni-custody-musgrave'],
           'belfast custody suite': ['psni-custody-musgrave'],
           'musgrave custody suite belfast': ['psni-custody-musgrave'],
           'psni custody strand road': ['psni-custody-strand-road'],
           'strand road custody suite': ['psni-custody-strand-road'],
           'strand road': ['psni-custody-strand-road'],
           'strand road police station': ['psni-custody-strand-road'],
           'derry': ['psni-custody-strand-road', 'psni-custody-waterside'],
           'londonderry': ['psni-custody-strand-road', 'psni-custody-waterside'],
           'psni custody waterside': ['psni-custody-waterside'],
           'waterside custody suite': ['psni-custody-waterside'],
           'waterside': ['psni-custody-waterside'],
           'waterside psni station': ['psni-custody-waterside'],
           'waterside police station': ['psni-custody-waterside'],
           'psni custody coleraine': ['psni-custody-coleraine'],
           'coleraine custody suite': ['psni-custody-coleraine'],
           'coleraine': ['psni-custody-coleraine'],
           'coleraine police station': ['psni-custody-coleraine'],
           'psni custody antrim': ['psni-custody-antrim'],
           'antrim custody suite': ['psni-custody-antrim'],
           'antrim': ['psni-custody-antrim'],
           'antrim police station': ['psni-custody-antrim'],
           'antrim serious crime suite': ['psni-custody-antrim'],
           'psni custody omagh': ['psni-custody-omagh'],
           'omagh custody suite': ['psni-custody-omagh'],
           'omagh': ['psni-custody-omagh'],
           'omagh police station': ['psni-custody-omagh'],
           'psni custody dungannon': ['psni-custody-dungannon'],
           'dungannon custody suite': ['psni-custody-dungannon'],
           'dungannon': ['psni-custody-dungannon'],
           'dungannon police station': ['psni-custody-dungannon'],
           'psni custody lurgan': ['psni-custody-lurgan'],
           'lurgan custody suite': ['psni-custody-lurgan'],
           'lurgan': ['psni-custody-lurgan'],
           'lurgan police station': ['psni-custody-lurgan'],
           'psni custody banbridge': ['psni-custody-banbridge'],
           'banbridge custody suite': ['psni-custody-banbridge'],
           'banbridge': ['psni-custody-banbridge'],
           'banbridge police station': ['psni-custody-banbridge'],
           'psni custody enniskillen': ['psni-custody-enniskillen'],
           'enniskillen custody suite': ['psni-custody-enniskillen'],
           'enniskillen': ['psni-custody-enniskillen'],
           'enniskillen police station': ['psni-custody-enniskillen'],
           'fermanagh': ['psni-custody-enniskillen'],
           'psni custody strabane': ['psni-custody-strabane'],
           'strabane custody suite': ['psni-custody-strabane'],
           'strabane': ['psni-custody-strabane'],
           'strabane police station': ['psni-custody-strabane'],
           'psni custody bangor': ['psni-custody-bangor'],
           'bangor custody suite': ['psni-custody-bangor'],
           'bangor custody suite bangor': ['psni-custody-bangor'],
           'bangor police station': ['psni-custody-bangor'],
           'ps custody ayr': ['ps-custody-ayr'],
           'ayr custody centre': ['ps-custody-ayr'],
           'ayr': ['ps-custody-ayr'],
           'ayr police station': ['ps-custody-ayr'],
           'ps custody campbeltown': ['ps-custody-campbeltown'],
           'campbeltown custody centre': ['ps-custody-campbeltown'],
           'campbeltown': ['ps-custody-campbeltown'],
           'campbeltown police station': ['ps-custody-campbeltown'],
           'ps custody coatbridge': ['ps-custody-coatbridge'],
           'coatbridge custody centre': ['ps-custody-coatbridge'],
           'coatbridge': ['ps-custody-coatbridge'],
           'coatbridge police station': ['ps-custody-coatbridge'],
           'ps custody dunfermline': ['ps-custody-dunfermline'],
           'dunfermline custody centre': ['ps-custody-dunfermline'],
           'dunfermline': ['ps-custody-dunfermline'],
           'dunfermline police station': ['ps-custody-dunfermline'],
           'ps custody dunoon': ['ps-custody-dunoon'],
           'dunoon custody centre': ['ps-custody-dunoon'],
           'dunoon': ['ps-custody-dunoon'],
           'dunoon police station': ['ps-custody-dunoon'],
           'ps custody elgin': ['ps-custody-elgin'],
           'elgin custody centre': ['ps-custody-elgin'],
           'elgin': ['ps-custody-elgin'],
           'elgin police station': ['ps-custody-elgin'],
           'ps custody fort william': ['ps-custody-fort-william'],
           'fort william custody centre': ['ps-custody-fort-william'],
           'fort william': ['ps-custody-fort-william'],
           'fort william police station': ['ps-custody-fort-william'],
           'ps custody greenock': ['ps-custody-greenock'],
           'greenock custody centre': ['ps-custody-greenock'],
           'greenock custody centre greenock': ['ps-custody-greenock'],
           'greenock police station': ['ps-custody-greenock'],
           'ps custody hawick': ['ps-custody-hawick'],
           'hawick custody centre': ['ps-custody-hawick'],
           'hawick': ['ps-custody-hawick'],
           'hawick police station': ['ps-custody-hawick'],
           'ps custody kirkwall': ['ps-custody-kirkwall'],
           'kirkwall custody centre': ['ps-custody-kirkwall'],
           'kirkwall': ['ps-custody-kirkwall'],
           'kirkwall police station': ['ps-custody-kirkwall'],
           'ps custody lanark': ['ps-custody-lanark'],
           'lanark custody centre': ['ps-custody-lanark'],
           'lanark police station': ['ps-custody-lanark'],
           'ps custody lerwick': ['ps-custody-lerwick'],
           'lerwick custody centre': ['ps-custody-lerwick'],
           'lerwick': ['ps-custody-lerwick'],
           'lerwick police station': ['ps-custody-lerwick'],
           'ps custody lochgilphead': ['ps-custody-lochgilphead'],
           'lochgilphead custody centre': ['ps-custody-lochgilphead'],
           'lochgilphead': ['ps-custody-lochgilphead'],
           'lochgilphead police station': ['ps-custody-lochgilphead'],
           'ps custody oban': ['ps-custody-oban'],
           'oban custody centre': ['ps-custody-oban'],
           'oban': ['ps-custody-oban'],
           'oban police station': ['ps-custody-oban'],
           'ps custody saltcoats': ['ps-custody-saltcoats'],
           'saltcoats custody centre': ['ps-custody-saltcoats'],
           'saltcoats': ['ps-custody-saltcoats'],
           'saltcoats police station': ['ps-custody-saltcoats'],
           'ps custody stornoway': ['ps-custody-stornoway'],
           'stornoway custody centre': ['ps-custody-stornoway'],
           'stornoway': ['ps-custody-stornoway'],
           'stornoway police station': ['ps-custody-stornoway'],
           'ps custody wick': ['ps-custody-wick'],
           'wick custody centre': ['ps-custody-wick'],
           'wick': ['ps-custody-wick'],
           'wick police station': ['ps-custody-wick'],
           'ps custody clydebank': ['ps-custody-clydebank'],
           'clydebank custody centre': ['ps-custody-clydebank'],
           'clydebank': ['ps-custody-clydebank'],
           'clydebank police station': ['ps-custody-clydebank'],
           'ps custody rothesay': ['ps-custody-rothesay'],
           'rothesay custody centre': ['ps-custody-rothesay'],
           'rothesay': ['ps-custody-rothesay'],
           'rothesay police station': ['ps-custody-rothesay'],
           'ps custody tobermory': ['ps-custody-tobermory'],
           'tobermory custody centre': ['ps-custody-tobermory'],
           'tobermory': ['ps-custody-tobermory'],
           'tobermory police station': ['ps-custody-tobermory'],
           'ps custody craignure': ['ps-custody-craignure'],
           'craignure custody centre': ['ps-custody-craignure'],
           'craignure': ['ps-custody-craignure'],
           'craignure police station': ['ps-custody-craignure'],
           'ps custody tiree': ['ps-custody-tiree'],
           'tiree custody centre': ['ps-custody-tiree'],
           'tiree': ['ps-custody-tiree'],
           'tiree police station': ['ps-custody-tiree'],
           'tiree custody centre isle of tiree': ['ps-custody-tiree'],
           'isle of tiree': ['ps-custody-tiree'],
           'ps custody bowmore': ['ps-custody-bowmore'],
           'bowmore custody centre': ['ps-custody-bowmore'],
           'bowmore': ['ps-custody-bowmore'],
           'bowmore police station': ['ps-custody-bowmore'],
           'ps custody govan': ['ps-custody-govan'],
           'govan custody centre': ['ps-custody-govan'],
           'govan': ['ps-custody-govan'],
           'govan police station': ['ps-custody-govan'],
           'ps custody london road': ['ps-custody-london-road'],
           'london road custody centre': ['ps-custody-london-road'],
           'london road': ['ps-custody-london-road'],
           'london road police station': ['ps-custody-london-road'],
           'ps custody aikenhead road': ['ps-custody-aikenhead-road'],
           'aikenhead road custody centre': ['ps-custody-aikenhead-road'],
           'aikenhead road': ['ps-custody-aikenhead-road'],
           'aikenhead road police station': ['ps-custody-aikenhead-road'],
           'ps custody stewart street': ['ps-custody-stewart-street'],
           'stewart street custody centre': ['ps-custody-stewart-street'],
           'stewart street': ['ps-custody-stewart-street'],
           'stewart street police station': ['ps-custody-stewart-street'],
           'ps custody baird street': ['ps-custody-baird-street'],
           'baird street custody centre': ['ps-custody-baird-street'],
           'baird street': ['ps-custody-baird-street'],
           'baird street police station': ['ps-custody-baird-street'],
           'ps custody cathcart': ['ps-custody-cathcart'],
           'cathcart custody centre': ['ps-custody-cathcart'],
           'cathcart': ['ps-custody-cathcart'],
           'cathcart police station': ['ps-custody-cathcart'],
           'ps custody dundee': ['ps-custody-dundee'],
           'dundee custody centre': ['ps-custody-dundee'],
           'dundee custody centre dundee': ['ps-custody-dundee'],
           'dundee police station': ['ps-custody-dundee'],
           'tayside primary custody centre': ['ps-custody-dundee'],
           'ps custody perth': ['ps-custody-perth'],
           'perth custody centre': ['ps-custody-perth'],
           'perth custody centre perth': ['ps-custody-perth'],
           'perth police station': ['ps-custody-perth'],
           'ps custody arbroath': ['ps-custody-arbroath'],
           'arbroath custody centre': ['ps-custody-arbroath'],
           'arbroath': ['ps-custody-arbroath'],
           'arbroath police station': ['ps-custody-arbroath'],
           'ps custody motherwell': ['ps-custody-motherwell'],
           'motherwell custody centre': ['ps-custody-motherwell'],
           'motherwell': ['ps-custody-motherwell'],
           'motherwell police station': ['ps-custody-motherwell'],
           'ps custody kirkcaldy': ['ps-custody-kirkcaldy'],
           'kirkcaldy custody centre': ['ps-custody-kirkcaldy'],
           'kirkcaldy': ['ps-custody-kirkcaldy'],
           'kirkcaldy police station': ['ps-custody-kirkcaldy'],
           'ps custody falkirk': ['ps-custody-falkirk'],
           'falkirk custody centre': ['ps-custody-falkirk'],
           'falkirk': ['ps-custody-falkirk'],
           'falkirk police station': ['ps-custody-falkirk'],
           'west bridge street': ['ps-custody-falkirk'],
           'forth valley custody centre': ['ps-custody-falkirk'],
           'ps custody inverness': ['ps-custody-inverness'],
           'inverness custody centre': ['ps-custody-inverness'],
           'inverness custody centre inverness': ['ps-custody-inverness'],
           'inverness police station': ['ps-custody-inverness'],
           'highland and islands primary custody centre': ['ps-custody-inverness'],
           'ps custody dumfries': ['ps-custody-dumfries'],
           'dumfries custody centre': ['ps-custody-dumfries'],
           'dumfries custody centre dumfries': ['ps-custody-dumfries'],
           'dumfries police station': ['ps-custody-dumfries'],
           'ps custody stranraer': ['ps-custody-stranraer'],
           'stranraer custody centre': ['ps-custody-stranraer'],
           'stranraer': ['ps-custody-stranraer'],
           'stranraer police station': ['ps-custody-stranraer'],
           'ps custody kilmarnock': ['ps-custody-kilmarnock'],
           'kilmarnock custody centre': ['ps-custody-kilmarnock'],
           'kilmarnock custody centre kilmarnock': ['ps-custody-kilmarnock'],
           'kilmarnock police station': ['ps-custody-kilmarnock'],
           'ps custody kittybrewster': ['ps-custody-kittybrewster'],
           'kittybrewster custody centre': ['ps-custody-kittybrewster'],
           'kittybrewster': ['ps-custody-kittybrewster'],
           'aberdeen custody centre': ['ps-custody-kittybrewster'],
           'kittybrewster police station': ['ps-custody-kittybrewster'],
           'kittybrewster custody centre aberdeen': ['ps-custody-kittybrewster'],
           'aberdeen': ['ps-custody-kittybrewster'],
           'ps custody fraserburgh': ['ps-custody-fraserburgh'],
           'fraserburgh custody centre': ['ps-custody-fraserburgh'],
           'fraserburgh': ['ps-custody-fraserburgh'],
           'fraserburgh police station': ['ps-custody-fraserburgh'],
           'lakewood scc': ['lakewood-scc'],
           'lakewood secure care centre': ['lakewood-scc'],
           'lakewood': ['lakewood-scc'],
           'regional secure care centre at lakewood': ['lakewood-scc'],
           'lakewood regional secure care centre': ['lakewood-scc'],
           'lakewood secure care centre bangor': ['lakewood-scc'],
           'edinburgh secure services': ['edinburgh-secure-services'],
           'ess': ['edinburgh-secure-services'],
           'howdenhall': ['edinburgh-secure-services'],
           'howdenhall centre': ['edinburgh-secure-services'],
           'st katharines centre': ['edinburgh-secure-services'],
           'st katharines secure unit': ['edinburgh-secure-services'],
           'edinburgh secure services edinburgh': ['edinburgh-secure-services'],
           'medomsley': ['hassockfield-stc'],
           'heathrow airport': ['heathrow-airport-holding-rooms'],
           'heathrow airport short term holding facilities': ['heathrow-airport-holding-rooms'],
           'heathrow terminal 2': ['heathrow-airport-holding-rooms'],
           'heathrow terminal 3': ['heathrow-airport-holding-rooms'],
           'heathrow terminal 4': ['heathrow-airport-holding-rooms'],
           'heathrow terminal 5': ['heathrow-airport-holding-rooms'],
           'heathrow airport imb': ['heathrow-airport-holding-rooms'],
           'kent intake unit': ['kent-intake-unit-sthf'],
           'kiu': ['kent-intake-unit-sthf'],
           'kent intake unit kiu': ['kent-intake-unit-sthf'],
           'kent intake unit dover': ['kent-intake-unit-sthf'],
           'dover seaport': ['kent-intake-unit-sthf'],
           'gatwick airport': ['gatwick-airport-holding-rooms'],
           'gatwick airport short term holding facilities': ['gatwick-airport-holding-rooms'],
           'gatwick south terminal': ['gatwick-airport-holding-rooms'],
           'manchester airport pennine house': ['manchester-airport-pennine-house'],
           'pennine house manchester airport terminal 2': ['manchester-airport-pennine-house'],
           'pennine house': ['manchester-airport-pennine-house'],
           'pennine house manchester airport': ['manchester-airport-pennine-house'],
           'manchester detention centre': ['manchester-airport-pennine-house'],
           'manchester airport terminal 2 holding facility': ['manchester-airport-pennine-house'],
           'pennine house manchester': ['manchester-airport-pennine-house']},
 'designators': ['hmp and yoi', 'hmp yoi', 'hmpyoi', 'hmyoi', 'hmp', 'hm prison',
                 'hm prison and young offenders centre', 'hm young offender institution', 'young offender institution',
                 'young offenders institution', 'young offenders centre', 'yoi', 'prison and young offenders centre',
                 'prison', 'carchar y', 'carchar', 'sefydliad troseddwyr ifanc y', 'sefydliad troseddwyr ifanc', 'stc',
                 'secure training centre', 'secure childrens home', 'hmirc', 'irc', 'immigration removal centre',
                 'short term holding facility', 'sthf', 'holding room', 'holding rooms'],
 'cutoff': 0.75,
 'order': ['hmp-altcourse', 'hmp-ashfield', 'hmp-askham-grange', 'hmyoi-aylesbury', 'hmp-bedford', 'hmp-belmarsh',
           'hmp-berwyn', 'hmp-birmingham', 'hmp-brinsford', 'hmp-bristol', 'hmp-brixton', 'hmp-bronzefield',
           'hmp-buckley-hall', 'hmp-bullingdon', 'hmp-bure', 'hmp-cardiff', 'hmp-channings-wood', 'hmp-chelmsford',
           'hmp-coldingley', 'hmyoi-cookham-wood', 'hmp-cookham-wood', 'hmp-dartmoor', 'hmp-deerbolt', 'hmp-doncaster',
           'hmp-dovegate', 'hmp-downview', 'hmp-drake-hall', 'hmp-durham', 'hmp-east-sutton-park', 'hmp-eastwood-park',
           'hmp-elmley', 'hmp-erlestoke', 'hmp-exeter', 'hmp-featherstone', 'hmp-feltham', 'hmyoi-feltham',
           'hmp-five-wells', 'hmp-ford', 'hmp-forest-bank', 'hmp-foston-hall', 'hmp-frankland', 'hmp-full-sutton',
           'hmp-garth', 'hmp-gartree', 'hmp-grendon', 'hmp-guys-marsh', 'hmp-hatfield', 'hmp-haverigg', 'hmp-hewell',
           'hmp-high-down', 'hmp-highpoint', 'hmp-hindley', 'hmp-hollesley-bay', 'hmp-holme-house', 'hmp-hull',
           'hmp-humber', 'hmp-huntercombe', 'hmp-isis', 'hmp-isle-of-wight', 'hmp-kirkham', 'hmp-kirklevington-grange',
           'hmp-lancaster-farms', 'hmp-leeds', 'hmp-leicester', 'hmp-lewes', 'hmp-leyhill', 'hmp-lincoln',
           'hmp-lindholme', 'hmp-littlehey', 'hmp-liverpool', 'hmp-long-lartin', 'hmp-low-newton', 'hmp-lowdham-grange',
           'hmp-maidstone', 'hmp-manchester', 'hmp-moorland', 'hmp-morton-hall', 'hmp-new-hall', 'hmp-north-sea-camp',
           'hmp-northumberland', 'hmp-norwich', 'hmp-nottingham', 'hmp-oakwood', 'hmp-onley', 'hmp-parc', 'hmyoi-parc',
           'hmp-pentonville', 'hmp-peterborough', 'hmp-peterborough-female', 'hmp-portland', 'hmp-prescoed',
           'hmp-preston', 'hmp-ranby', 'hmp-risley', 'hmp-rochester', 'hmp-rye-hill', 'hmp-send', 'hmp-spring-hill',
           'hmp-stafford', 'hmp-standford-hill', 'hmp-stocken', 'hmp-stoke-heath', 'hmp-styal', 'hmp-sudbury',
           'hmp-swaleside', 'hmp-swansea', 'hmp-swinfen-hall', 'hmp-thameside', 'hmp-the-mount', 'hmp-the-verne',
           'hmp-thorn-cross', 'hmp-usk', 'hmp-wakefield', 'hmp-wandsworth', 'hmp-warren-hill', 'hmp-wayland',
           'hmp-wealstun', 'hmyoi-werrington', 'hmyoi-wetherby', 'hmp-whatton', 'hmp-whitemoor', 'hmp-winchester',
           'hmp-woodhill', 'hmp-wormwood-scrubs', 'hmp-wymott', 'hmp-fosse-way', 'hmp-millsike', 'hmp-holloway',
           'hmp-kennet', 'hmp-glen-parva', 'hmp-blantyre-house', 'hmp-addiewell', 'hmp-barlinnie', 'hmp-castle-huntly',
           'hmp-dumfries', 'hmp-edinburgh', 'hmp-glenochil', 'hmp-grampian', 'hmp-greenock', 'hmp-inverness',
           'hmp-kilmarnock', 'hmp-low-moss', 'hmp-perth', 'hmp-polmont', 'hmp-shotts', 'hmp-stirling', 'bella-centre',
           'lilias-centre', 'hmp-cornton-vale', 'hmp-maghaberry', 'hmp-magilligan', 'hydebank-wood-college',
           'ash-house-hydebank-wood', 'woodlands-jjc', 'brook-house-irc', 'tinsley-house-irc', 'colnbrook-irc',
           'harmondsworth-irc', 'yarls-wood-irc', 'derwentside-irc', 'dungavel-irc', 'campsfield-house-irc',
           'morton-hall-irc', 'the-verne-irc', 'dover-irc', 'haslar-irc', 'larne-house-sthf',
           'manchester-airport-rsthf', 'manston-sthf', 'western-jet-foil-sthf', 'lydd-airport-sthf',
           'glasgow-airport-sthf', 'edinburgh-airport-sthf', 'festival-court-sthf', 'capital-building-sthf',
           'dallas-court-sthf', 'drumkeen-house-sthf', 'eaton-house-sthf', 'loughborough-sthf', 'ruskin-square-sthf',
           'sandford-house-sthf', 'vulcan-house-sthf', 'waterside-court-sthf', 'oakhill-stc', 'rainsbrook-stc',
           'medway-stc', 'oasis-restore', 'adel-beck-sch', 'aldine-house-sch', 'atkinson-unit-sch', 'aycliffe-sch',
           'barton-moss-sch', 'clare-lodge-sch', 'clayfields-house-sch', 'hillside-sch', 'kyloe-house-sch',
           'lansdowne-sch', 'lincolnshire-sch', 'marydale-lodge-sch', 'swanwick-lodge-sch', 'vinney-green-sch',
           'red-bank-sch', 'good-shepherd-centre', 'kibble-safe-centre', 'rossie-secure-accommodation',
           'st-marys-kenmure', 'mctc-colchester', 'broadmoor-hospital', 'rampton-hospital', 'ashworth-hospital',
           'rowan-view', 'state-hospital-carstairs', 'rohallion-clinic', 'orchard-clinic-edinburgh', 'rowanbank-clinic',
           'three-bridges-msu', 'orchard-unit-st-bernards', 'reaside-clinic', 'psni-custody-musgrave',
           'psni-custody-strand-road', 'psni-custody-waterside', 'psni-custody-coleraine', 'psni-custody-antrim',
           'psni-custody-omagh', 'psni-custody-dungannon', 'psni-custody-lurgan', 'psni-custody-banbridge',
           'psni-custody-enniskillen', 'psni-custody-strabane', 'psni-custody-bangor', 'ps-custody-ayr',
           'ps-custody-campbeltown', 'ps-custody-coatbridge', 'ps-custody-dunfermline', 'ps-custody-dunoon',
           'ps-custody-elgin', 'ps-custody-fort-william', 'ps-custody-greenock', 'ps-custody-hawick',
           'ps-custody-kirkwall', 'ps-custody-lanark', 'ps-custody-lerwick', 'ps-custody-lochgilphead',
           'ps-custody-oban', 'ps-custody-saltcoats', 'ps-custody-stornoway', 'ps-custody-wick', 'ps-custody-clydebank',
           'ps-custody-rothesay', 'ps-custody-tobermory', 'ps-custody-craignure', 'ps-custody-tiree',
           'ps-custody-bowmore', 'ps-custody-govan', 'ps-custody-london-road', 'ps-custody-aikenhead-road',
           'ps-custody-stewart-street', 'ps-custody-baird-street', 'ps-custody-cathcart', 'ps-custody-dundee',
           'ps-custody-perth', 'ps-custody-arbroath', 'ps-custody-motherwell', 'ps-custody-kirkcaldy',
           'ps-custody-falkirk', 'ps-custody-inverness', 'ps-custody-dumfries', 'ps-custody-stranraer',
           'ps-custody-kilmarnock', 'ps-custody-kittybrewster', 'ps-custody-fraserburgh', 'lakewood-scc',
           'edinburgh-secure-services', 'hassockfield-stc', 'heathrow-airport-holding-rooms', 'kent-intake-unit-sthf',
           'gatwick-airport-holding-rooms', 'manchester-airport-pennine-house'],
 'limits': {'name': 500, 'fuzzy': 199, 'suggestions': 3}}
"""The place-name table (`NameTable.export`) of those places."""
