/**
 * Word lists (data) for link classification: which links point at documents that can back a
 * claim, and which two-label public suffixes ("co.uk") are not a site of their own.
 */

/** File types of reports, filings, datasets and papers. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'csv', 'ppt', 'pptx', 'odt', 'ods', 'rtf'];

/** Hosts of governments, courts, parliaments and international bodies (suffix match). */
export const DOCUMENT_HOST_SUFFIXES: readonly string[] = [
  'gov', 'gov.uk', 'gov.au', 'gc.ca', 'gouv.fr', 'gob.es', 'gob.ar', 'gov.br', 'bund.de', 'europa.eu',
  'parliament.uk', 'senate.gov', 'house.gov', 'uscourts.gov', 'supremecourt.gov', 'un.org', 'who.int',
  'imf.org', 'worldbank.org', 'oecd.org', 'nih.gov', 'doi.org', 'arxiv.org', 'ssrn.com', 'sec.gov',
];

/** Path segments of report-like pages on any site: "/reports/2019-annual", "/publications/...". */
export const DOCUMENT_PATH_WORDS: readonly string[] = [
  'report', 'reports', 'publication', 'publications', 'documents', 'document', 'filing', 'filings',
  'study', 'studies', 'research', 'paper', 'papers', 'whitepaper', 'transcript', 'transcripts',
  'statistics', 'dataset', 'datasets', 'press-releases', 'pressreleases', 'court-documents',
];

/** Second-level public suffixes under which the site is the third label from the right. */
export const TWO_LEVEL_SUFFIXES: readonly string[] = [
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'com.au', 'net.au', 'org.au', 'gov.au',
  'co.nz', 'org.nz', 'co.jp', 'ne.jp', 'or.jp', 'com.br', 'gov.br', 'org.br', 'com.ar', 'gob.ar', 'com.mx',
  'gob.mx', 'co.za', 'org.za', 'co.in', 'gov.in', 'com.cn', 'com.hk', 'com.sg', 'com.tr', 'co.il', 'co.kr',
  'com.es', 'gob.es', 'gouv.fr', 'com.pl', 'co.id',
];
