<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name></name>
    <message>
        <source>printing</source>
        <comment>Print</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <comment>No PDF viewer opened the document. It was saved as %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <comment>Save as PDF</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <comment>PDF documents (*.pdf)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BaseTab</source>
        <comment>IVC Desk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Institution</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Country</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>City</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Agreements</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Website</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Agreement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Partner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Signed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Valid until</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnersPage</source>
        <comment>Status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeoplePage</source>
        <comment>Name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeoplePage</source>
        <comment>Kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeoplePage</source>
        <comment>Unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeoplePage</source>
        <comment>Email</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeoplePage</source>
        <comment>Phone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeoplePage</source>
        <comment>Country</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeoplePage</source>
        <comment>Passport</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnitsPage</source>
        <comment>Name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnitsPage</source>
        <comment>Kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnitsPage</source>
        <comment>People</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnitsPage</source>
        <comment>Other name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LettersTab</source>
        <comment>Number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LettersTab</source>
        <comment>Date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LettersTab</source>
        <comment>Recipient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LettersTab</source>
        <comment>Subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LettersTab</source>
        <comment>Language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LettersTab</source>
        <comment>Status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RegisterPage</source>
        <comment>IVC Desk</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners &amp;&amp; agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Partner institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>University (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculty (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculty (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chancellor&apos;s name (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chancellor&apos;s name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s title (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo (optional PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (name, title, institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue this letter? It takes the next number of the outgoing register and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter issued as number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is letter %1 void? The number is never given again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IVC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IVC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IVC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVC Desk %1

Meetings, foreign guest visits, conference funding, ordinances and letters of the International Vice-Chancellor&apos;s office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Agreements — type a partner&apos;s name to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Dr., Prof.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, email or phone…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter as you type (Persian or English)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocation line on Persian letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter number format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is the Jalali year, {seq:04d} the sequence with four digits, e.g. {year}/{seq:04d}/IVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded with your changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to IVC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell IVC Desk whose office this is. The names and the signatory appear on every letter; you can change them later under File › Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data to try the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged and was not opened: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade and is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of IVC Desk; install that version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not an IVC Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the family name in Persian or in Latin script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another entry already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record the letter belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued letter cannot be changed; void it and write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued letters stay in the register; void a mistaken one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the letter from the archive before issuing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored PDF of letter {number} is missing from the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored PDF of letter {number} has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued letter can be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format must contain {{seq}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {{year}} and {{seq}} (e.g. {{seq:04d}}) may appear in braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be smaller than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field takes text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, ( ) - and an optional +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is outside the range the office uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Startup</source>
        <comment>IVC Desk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The change takes effect when IVC Desk starts again. Restart now?</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Faculty member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhD student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSc student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant professor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate professor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
