<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity of the adjunct</source>
        <translation>فعالیت‌های عضو وابسته</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>AdjunctActivity</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
</context>
<context>
    <name>AdjunctWords</name>
    <message>
        <source>Candidate</source>
        <translation>نامزد</translation>
    </message>
    <message>
        <source>On the committee&apos;s agenda</source>
        <translation>در دستور جلسه کمیته</translation>
    </message>
    <message>
        <source>Approved, ordinance drafted</source>
        <translation>تصویب‌شده، پیش‌نویس حکم آماده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>تصویب نشد</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>منصوب</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>پایان دوره</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>موکول شد</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Course taught</source>
        <translation>تدریس دوره</translation>
    </message>
    <message>
        <source>Joint paper</source>
        <translation>مقاله مشترک</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>AdjunctsTab</name>
    <message>
        <source>Adjuncts</source>
        <translation>اعضای وابسته</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>گروه آموزشی</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>پایان دوره</translation>
    </message>
    <message>
        <source>Filter by name, department, partner or field…</source>
        <translation>پالایش بر پایه نام، گروه، مؤسسه همکار یا رشته…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>New candidate…</source>
        <translation>نامزد جدید…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Attach CV or document…</source>
        <translation>پیوست رزومه یا مدرک…</translation>
    </message>
    <message>
        <source>Propose to the committee</source>
        <translation>پیشنهاد به کمیته</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>ثبت تصمیم…</translation>
    </message>
    <message>
        <source>Issue the appointment…</source>
        <translation>صدور حکم…</translation>
    </message>
    <message>
        <source>Print the appointment…</source>
        <translation>چاپ حکم…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>فعالیت‌ها…</translation>
    </message>
    <message>
        <source>Move to archive</source>
        <translation>انتقال به بایگانی</translation>
    </message>
    <message>
        <source>Attach CV or document</source>
        <translation>پیوست رزومه یا مدرک</translation>
    </message>
    <message>
        <source>Attached; %1 documents in the file.</source>
        <translation>پیوست شد؛ پرونده %1 مدرک دارد.</translation>
    </message>
    <message>
        <source>Put on the agenda of the next recruitment committee meeting.</source>
        <translation>در دستور جلسه بعدی کمیته جذب قرار گرفت.</translation>
    </message>
    <message>
        <source>Issue the appointment</source>
        <translation>صدور حکم</translation>
    </message>
    <message>
        <source>Issue the appointment ordinance? It takes the next number of the ordinances register.</source>
        <translation>حکم عضویت صادر شود؟ شماره بعدی دفتر احکام به آن داده می‌شود.</translation>
    </message>
    <message>
        <source>Appointment issued as ordinance %1</source>
        <translation>حکم عضویت با شماره %1 صادر شد</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>زمینه‌های همکاری</translation>
    </message>
</context>
<context>
    <name>AgreementLife</name>
    <message>
        <source>Visit</source>
        <translation>دیدار</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>درخواست حمایت</translation>
    </message>
    <message>
        <source>Under the agreement</source>
        <translation>ذیل تفاهم‌نامه</translation>
    </message>
    <message>
        <source>The partner&apos;s visit</source>
        <translation>دیدار نهاد طرف تفاهم</translation>
    </message>
    <message>
        <source>The partner&apos;s people</source>
        <translation>افراد نهاد طرف تفاهم</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>تمدید</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>مذاکرهٔ دوباره</translation>
    </message>
    <message>
        <source>Let lapse</source>
        <translation>پایان یافتن بدون تمدید</translation>
    </message>
</context>
<context>
    <name>AgreementLifeDialog</name>
    <message>
        <source>Agreement&apos;s activity</source>
        <translation>فعالیت‌های تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>راکد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Why it counts</source>
        <translation>چرا به حساب می‌آید</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>بازبینی…</translation>
    </message>
    <message>
        <source>Print partner summary…</source>
        <translation>چاپ خلاصهٔ فعالیت‌های نهاد طرف تفاهم…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>آخرین فعالیت: %1</translation>
    </message>
    <message>
        <source>No activity on record.</source>
        <translation>فعالیتی ثبت نشده است.</translation>
    </message>
    <message>
        <source>No activity in the last %1 months.</source>
        <translation>در %1 ماه گذشته فعالیتی نبوده است.</translation>
    </message>
    <message>
        <source> (new agreement #%1 and its letter drafted)</source>
        <translation> (پیش‌نویس تفاهم‌نامهٔ جدید #%1 و نامهٔ آن تهیه شد)</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>بازبینی‌ها:</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>هنوز بازبینی نشده است.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Moved to archive</source>
        <translation>انتقال به بایگانی</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ابطال</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>افزودن پیوست</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>حذف پیوست</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>جایگزین شد</translation>
    </message>
    <message>
        <source>In force again</source>
        <translation>دوباره معتبر شد</translation>
    </message>
    <message>
        <source>Recovered after a restore</source>
        <translation>بازیابی پس از بازگردانی پشتیبان</translation>
    </message>
    <message>
        <source>Reviewed before expiry</source>
        <translation>بازبینی پیش از پایان اعتبار</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>مؤسسات همکار</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Ordinances</source>
        <translation>احکام</translation>
    </message>
    <message>
        <source>Kinds of ordinance</source>
        <translation>انواع حکم</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>داده‌های نمونه</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>گزارش تغییرات</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>همه سوابق</translation>
    </message>
    <message>
        <source>any</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
</context>
<context>
    <name>BaseTab</name>
    <message>
        <source>IVC Desk</source>
        <translation>IVC Desk</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Adjunct faculty candidate</source>
        <translation>نامزد عضویت هیئت علمی وابسته</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>عضو هیئت علمی</translation>
    </message>
    <message>
        <source>Proposing department</source>
        <translation>گروه پیشنهاددهنده</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>Expatriate</source>
        <translation>ایرانی خارج از کشور</translation>
    </message>
    <message>
        <source>An Iranian academic working abroad</source>
        <translation>دانشگاهی ایرانی شاغل در خارج از کشور</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>رشته‌ها و زمینه‌های تخصصی</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>مدت حکم (ماه)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>CV and documents</source>
        <translation>رزومه و مدارک</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Add a candidate</source>
        <translation>افزودن نامزد</translation>
    </message>
    <message>
        <source>Evaluation session</source>
        <translation>جلسه ارزیابی</translation>
    </message>
    <message>
        <source>Faculty member</source>
        <translation>عضو هیئت علمی</translation>
    </message>
</context>
<context>
    <name>CouncilAgenda</name>
    <message>
        <source>Put requests on the council&apos;s agenda</source>
        <translation>گذاشتن درخواست‌ها در دستور جلسهٔ شورا</translation>
    </message>
    <message>
        <source>Meeting %1, %2, on %3</source>
        <translation>جلسهٔ %1، %2، در %3</translation>
    </message>
    <message>
        <source>Requests to put on its agenda:</source>
        <translation>درخواست‌هایی که در دستور جلسه گذاشته می‌شوند:</translation>
    </message>
    <message>
        <source>The invitation to this meeting has already gone out: the members have its agenda as it was.</source>
        <translation>دعوت‌نامهٔ این جلسه پیش‌تر فرستاده شده است: اعضا دستور جلسه را به صورت پیشین در دست دارند.</translation>
    </message>
    <message>
        <source>Put on agenda</source>
        <translation>گذاشتن در دستور جلسه</translation>
    </message>
    <message>
        <source>Agenda time: %1 minutes now, %2 after; the meeting is planned for %3.</source>
        <translation>زمان دستور جلسه: اکنون %1 دقیقه، پس از این کار %2 دقیقه؛ مدت پیش‌بینی‌شدهٔ جلسه %3 دقیقه است.</translation>
    </message>
    <message>
        <source>The agenda would run %1 minutes over the meeting&apos;s planned length.</source>
        <translation>دستور جلسه %1 دقیقه از مدت پیش‌بینی‌شدهٔ جلسه بیشتر می‌شود.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Evaluation criteria</source>
        <translation>معیارهای ارزیابی</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>حداکثر نمره</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Add as a new criterion</source>
        <translation>افزودن به عنوان معیار تازه</translation>
    </message>
    <message>
        <source>Save the criterion chosen</source>
        <translation>ذخیره معیار انتخاب‌شده</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>کنار گذاشتن معیار</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Read-only: another IVC Desk has this database open. You can look and print; changes cannot be saved.</source>
        <translation>فقط خواندنی: این پایگاه داده در برنامه IVC Desk دیگری باز است. می‌توانید ببینید و چاپ کنید، اما تغییرات ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>The database is in a network folder. Sharing one database file between computers is not safe: keep it on this computer&apos;s disk.</source>
        <translation>پایگاه داده در یک پوشه شبکه است. استفاده مشترک چند رایانه از یک فایل پایگاه داده امن نیست؛ آن را روی دیسک همین رایانه نگه دارید.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>در حال پشتیبان‌گیری از پایگاه داده…</translation>
    </message>
    <message>
        <source>Backup taken: %1</source>
        <translation>پشتیبان گرفته شد: %1</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>ذخیره پشتیبان پایگاه داده در</translation>
    </message>
    <message>
        <source>IVC Desk backups (*.sqlite3)</source>
        <translation>پشتیبان‌های IVC Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>پشتیبان در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
    <message>
        <source>Replace the database by %1? The current database is kept as a backup first.</source>
        <translation>پایگاه داده با %1 جایگزین شود؟ پایگاه داده فعلی ابتدا به صورت پشتیبان نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>در حال بازگردانی پشتیبان…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Ordinances</source>
        <translation>احکام</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Funding requests</source>
        <translation>درخواست‌های حمایت</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>The backup was restored. The database it replaced was kept as %1.</source>
        <translation>پشتیبان بازگردانی شد. پایگاه داده جایگزین‌شده در %1 نگه داشته شد.</translation>
    </message>
    <message>
        <source>Issued after this backup and registered again, with their stored documents:</source>
        <translation>پس از این پشتیبان صادر شده و با سندهای ذخیره‌شده‌شان دوباره ثبت شد:</translation>
    </message>
    <message>
        <source>Made after this backup and taken back by it (their numbers will not be given again):</source>
        <translation>پس از این پشتیبان ساخته شده و با بازگردانی برداشته شد (شماره‌هایشان دوباره داده نمی‌شود):</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>This computer (its own database file)</source>
        <translation>همین رایانه (پرونده پایگاه داده خودش)</translation>
    </message>
    <message>
        <source>The office server (PostgreSQL, shared by every PC of the office)</source>
        <translation>کارساز دفتر (PostgreSQL، مشترک میان همه رایانه‌های دفتر)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>کارساز</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s credential store</source>
        <translation>در انبار گذرواژه‌های این رایانه نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>بدون رمزنگاری</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>رمزنگاری‌شده، اگر کارساز پشتیبانی کند</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>همیشه رمزنگاری‌شده</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>رمزنگاری‌شده، با بررسی گواهی کارساز</translation>
    </message>
    <message>
        <source>Encrypted, the certificate and the server&apos;s name checked</source>
        <translation>رمزنگاری‌شده، با بررسی گواهی و نام کارساز</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>e.g. \\office-server\ivc-desk or /mnt/ivc-desk</source>
        <translation>مثلاً \\office-server\ivc-desk یا ‎/mnt/ivc-desk</translation>
    </message>
    <message>
        <source>Shared folder for issued documents and attachments</source>
        <translation>پوشه مشترک اسناد صادرشده و پیوست‌ها</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>آزمودن اتصال</translation>
    </message>
    <message>
        <source>A change takes effect when IVC Desk starts again. On the first connection the server&apos;s database is made (or brought up to date) by IVC Desk itself.</source>
        <translation>تغییر از اجرای بعدی IVC Desk اعمال می‌شود. در نخستین اتصال، پایگاه داده کارساز را خود IVC Desk می‌سازد (یا به‌روز می‌کند).</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}.</source>
        <translation>اتصال برقرار شد: PostgreSQL {version}.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>This field cannot be left empty.</source>
        <translation>این فیلد را نمی‌توان خالی گذاشت.</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>انتخاب از تقویم (Alt+پایین)</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2, with or without the separators.</source>
        <translation>«%1» تاریخ نیست. آن را به شکل %2 بنویسید، با جداکننده یا بدون آن.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Type it as %2.</source>
        <translation>«%1» ساعت درستی نیست. آن را به شکل %2 بنویسید.</translation>
    </message>
    <message>
        <source>Dates from %1 to %2 are accepted.</source>
        <translation>تاریخ‌های %1 تا %2 پذیرفته می‌شوند.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The committee&apos;s decision</source>
        <translation>تصمیم کمیته</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Directory</source>
        <translation>دفتر نشانی‌ها</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; agreements</source>
        <translation>مؤسسات همکار و تفاهم‌نامه‌ها</translation>
    </message>
</context>
<context>
    <name>EvaluationWords</name>
    <message>
        <source>Awaiting the result</source>
        <translation>در انتظار نتیجه</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>مردود</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>موکول به جلسه بعد</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>Evaluations</source>
        <translation>ارزیابی‌های زبان</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>نامزد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع نمره</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>گواهی</translation>
    </message>
    <message>
        <source>Filter by candidate, session or note…</source>
        <translation>پالایش بر اساس نامزد، جلسه یا توضیحات…</translation>
    </message>
    <message>
        <source>Certificate in Persian</source>
        <translation>گواهی به فارسی</translation>
    </message>
    <message>
        <source>Certificate in English</source>
        <translation>گواهی به انگلیسی</translation>
    </message>
    <message>
        <source>Add a candidate…</source>
        <translation>افزودن نامزد…</translation>
    </message>
    <message>
        <source>Scores and outcome…</source>
        <translation>نمره‌ها و نتیجه…</translation>
    </message>
    <message>
        <source>Remove the candidate</source>
        <translation>حذف نامزد</translation>
    </message>
    <message>
        <source>Issue the certificate</source>
        <translation>صدور گواهی</translation>
    </message>
    <message>
        <source>Print the certificate…</source>
        <translation>چاپ گواهی…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Criteria…</source>
        <translation>معیارها…</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>همه جلسه‌ها</translation>
    </message>
    <message>
        <source>Issue the certificate? It takes the next number of the letters register.</source>
        <translation>گواهی صادر شود؟ شماره بعدی دفتر نامه‌ها به آن داده می‌شود.</translation>
    </message>
    <message>
        <source>Certificate issued as letter %1</source>
        <translation>گواهی با شماره نامه %1 صادر شد</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>مؤسسات همکار</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Funding requests</source>
        <translation>درخواست‌های حمایت</translation>
    </message>
    <message>
        <source>Ordinances</source>
        <translation>احکام</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جستجو</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 سطر در %2 نوشته شد</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>در حال نوشتن کارپوشه…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>پرونده نوشته نشد: %1</translation>
    </message>
    <message>
        <source>This list, as filtered…</source>
        <translation>همین فهرست، با جستجوی کنونی…</translation>
    </message>
</context>
<context>
    <name>FundingBudget</name>
    <message>
        <source>Department</source>
        <translation>گروه آموزشی</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>Requested (rials)</source>
        <translation>مبلغ درخواستی (ریال)</translation>
    </message>
    <message>
        <source>Committed (rials)</source>
        <translation>تعهدشده (ریال)</translation>
    </message>
    <message>
        <source>Paid (rials)</source>
        <translation>پرداخت‌شده (ریال)</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>بدون گروه آموزشی</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>نوع درخواست</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>گزارش سالانه…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>سال مالی</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>اعتبار مصوب</translation>
    </message>
    <message>
        <source>Committed (approved, not yet paid)</source>
        <translation>تعهدشده (مصوب، پرداخت‌نشده)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>No budget has been set for this year: requests cannot be submitted until it is (Rules and rates…).</source>
        <translation>بودجه این سال تعیین نشده است: تا تعیین آن، ارسال درخواست ممکن نیست (قواعد و نرخ‌ها…).</translation>
    </message>
    <message>
        <source>Less than a tenth of the budget remains; approvals beyond it are refused.</source>
        <translation>کمتر از یک‌دهم بودجه باقی مانده است؛ تصویب مبلغی بیش از مانده پذیرفته نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>FundingEditor</name>
    <message>
        <source>No rule is broken.</source>
        <translation>مغایرتی با قواعد ندارد.</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>درخواست حمایت</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>نوع درخواست</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>متقاضی</translation>
    </message>
    <message>
        <source>Applicant is</source>
        <translation>نوع متقاضی</translation>
    </message>
    <message>
        <source>Academic rank</source>
        <translation>مرتبه علمی</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>استاد راهنما</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>گروه آموزشی</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>همایش</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>برگزارکننده</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ برگزاری</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>نوع ارائه</translation>
    </message>
    <message>
        <source>Paper title</source>
        <translation>عنوان مقاله</translation>
    </message>
    <message>
        <source>Author position (1 = first author)</source>
        <translation>ترتیب نویسنده (۱ = نویسنده اول)</translation>
    </message>
    <message>
        <source>Requested costs</source>
        <translation>هزینه‌های درخواستی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Host (a partner)</source>
        <translation>میزبان (از همکاران بین‌المللی)</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>مؤسسه میزبان</translation>
    </message>
    <message>
        <source>Duration (months)</source>
        <translation>مدت (ماه)</translation>
    </message>
    <message>
        <source>Research or study plan</source>
        <translation>طرح پژوهشی یا برنامه مطالعاتی</translation>
    </message>
    <message>
        <source>Supervisor&apos;s approval</source>
        <translation>موافقت استاد راهنما</translation>
    </message>
    <message>
        <source>The supervisor has approved the plan</source>
        <translation>استاد راهنما با برنامه موافقت کرده است</translation>
    </message>
    <message>
        <source>Language certificate</source>
        <translation>مدرک زبان</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <source>as printed, e.g. 6.5</source>
        <translation>همان‌گونه که در مدرک آمده، مثلاً ۶٫۵</translation>
    </message>
    <message>
        <source>Title of the study or mission</source>
        <translation>عنوان طرح مطالعاتی یا مأموریت</translation>
    </message>
    <message>
        <source>Rule checks</source>
        <translation>بررسی قواعد</translation>
    </message>
    <message>
        <source>Attach a document…</source>
        <translation>پیوست مدرک…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>حذف پیوست</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>An amount cannot be read.</source>
        <translation>یکی از مبالغ خوانا نیست.</translation>
    </message>
    <message>
        <source>Requested: %1</source>
        <translation>مبلغ درخواستی: %1</translation>
    </message>
    <message>
        <source>Save the request before attaching documents.</source>
        <translation>پیش از پیوست مدارک، درخواست را ذخیره کنید.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>پیوست مدرک</translation>
    </message>
    <message>
        <source>Required for this applicant:</source>
        <translation>مدارک لازم برای این متقاضی:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>پیوست‌شده:</translation>
    </message>
    <message>
        <source>Enter the score as printed on the certificate.</source>
        <translation>نمره را همان‌گونه که در مدرک آمده است وارد کنید.</translation>
    </message>
</context>
<context>
    <name>FundingKindRules</name>
    <message>
        <source>Fiscal year</source>
        <translation>سال مالی</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>نوع درخواست</translation>
    </message>
    <message>
        <source>Who may apply (none: anyone)</source>
        <translation>چه کسانی می‌توانند درخواست دهند (هیچ‌کدام: همه)</translation>
    </message>
    <message>
        <source>Ranks that may apply (none: any)</source>
        <translation>مرتبه‌های مجاز (هیچ‌کدام: همه مرتبه‌ها)</translation>
    </message>
    <message>
        <source>Years of service since the last sabbatical, at least</source>
        <translation>حداقل سال‌های خدمت از پایان آخرین فرصت مطالعاتی</translation>
    </message>
    <message>
        <source>Longest stay (months)</source>
        <translation>بیشترین مدت (ماه)</translation>
    </message>
    <message>
        <source>Lump sum (rials; empty: no cap)</source>
        <translation>مبلغ مقطوع (ریال؛ خالی: بدون سقف)</translation>
    </message>
    <message>
        <source>Minimum language scores</source>
        <translation>حداقل نمره‌های زبان</translation>
    </message>
    <message>
        <source>Monthly stipend by rank and country group (rials)</source>
        <translation>مقرری ماهانه به تفکیک مرتبه و گروه کشوری (ریال)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>گروه %1</translation>
    </message>
    <message>
        <source>Stipends</source>
        <translation>مقرری‌ها</translation>
    </message>
    <message>
        <source>country codes, e.g. DE SE GB</source>
        <translation>کد کشورها، مثلاً DE SE GB</translation>
    </message>
    <message>
        <source>Every other country is in group %1.</source>
        <translation>همه کشورهای دیگر در گروه %1 هستند.</translation>
    </message>
    <message>
        <source>Country groups</source>
        <translation>گروه‌های کشوری</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>مدارک لازم</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>A missing report (or return report) blocks the next request</source>
        <translation>نبود گزارش (یا گزارش بازگشت) مانع درخواست بعدی است</translation>
    </message>
    <message>
        <source>Save the rules of this kind and year</source>
        <translation>ذخیره قواعد این نوع درخواست در این سال</translation>
    </message>
    <message>
        <source>No rules saved for this kind and year yet: the defaults are shown.</source>
        <translation>هنوز قاعده‌ای برای این نوع و این سال ذخیره نشده است: مقادیر پیش‌فرض نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Enter each score as printed on the certificate.</source>
        <translation>هر نمره را همان‌گونه که در مدرک آمده است وارد کنید.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>FundingRules</name>
    <message>
        <source>Funding rules and exchange rates</source>
        <translation>قواعد حمایت و نرخ ارز</translation>
    </message>
    <message>
        <source>Rules of a fiscal year</source>
        <translation>قواعد سال مالی</translation>
    </message>
    <message>
        <source>Sabbaticals, missions and other kinds</source>
        <translation>فرصت مطالعاتی، مأموریت و انواع دیگر</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>نرخ ارز</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>سال مالی</translation>
    </message>
    <message>
        <source>Budget (rials)</source>
        <translation>بودجه (ریال)</translation>
    </message>
    <message>
        <source>At most this many awards a person…</source>
        <translation>حداکثر دفعات حمایت از هر نفر</translation>
    </message>
    <message>
        <source>…in this many fiscal years</source>
        <translation>در این تعداد سال مالی</translation>
    </message>
    <message>
        <source>Days before the conference, at least</source>
        <translation>حداقل فاصله ارسال تا همایش (روز)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>A missing post-trip report blocks a new request</source>
        <translation>نبود گزارش سفر پیشین مانع درخواست تازه است</translation>
    </message>
    <message>
        <source>Caps in rials (empty: no cap)</source>
        <translation>سقف‌ها به ریال (خالی: بدون سقف)</translation>
    </message>
    <message>
        <source>Caps</source>
        <translation>سقف‌ها</translation>
    </message>
    <message>
        <source>Required documents by applicant</source>
        <translation>مدارک لازم به تفکیک متقاضی</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Save the rules of this year</source>
        <translation>ذخیره قواعد این سال</translation>
    </message>
    <message>
        <source>No rules saved for this year yet: the defaults are shown.</source>
        <translation>برای این سال هنوز قواعدی ذخیره نشده است: مقادیر پیش‌فرض نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Rials for one unit</source>
        <translation>ریال به ازای یک واحد</translation>
    </message>
    <message>
        <source>Add or correct the rate</source>
        <translation>افزودن یا اصلاح نرخ</translation>
    </message>
    <message>
        <source>Rates, newest first (a day&apos;s rate holds until the next one):</source>
        <translation>نرخ‌ها، جدیدترین در ابتدا (نرخ هر روز تا نرخ بعدی معتبر است):</translation>
    </message>
</context>
<context>
    <name>FundingSteps</name>
    <message>
        <source>Enter an amount in rials.</source>
        <translation>مبلغ را به ریال وارد کنید.</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>تصمیم شورا</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Amount approved (rials)</source>
        <translation>مبلغ مصوب (ریال)</translation>
    </message>
    <message>
        <source>Resolution (the reason, for a rejection)</source>
        <translation>متن مصوبه (در صورت رد، دلیل آن)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Amount paid (rials)</source>
        <translation>مبلغ پرداختی (ریال)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاریخ پرداخت</translation>
    </message>
    <message>
        <source>Finance reference</source>
        <translation>شماره سند مالی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاریخ دریافت</translation>
    </message>
</context>
<context>
    <name>FundingTab</name>
    <message>
        <source>Funding</source>
        <translation>حمایت‌ها</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>متقاضی</translation>
    </message>
    <message>
        <source>Conference or title</source>
        <translation>همایش یا عنوان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Requested (rials)</source>
        <translation>درخواستی (ریال)</translation>
    </message>
    <message>
        <source>Approved (rials)</source>
        <translation>مصوب (ریال)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>درخواست تازه…</translation>
    </message>
    <message>
        <source>The whole register…</source>
        <translation>کل دفتر درخواست‌ها…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همه انواع درخواست</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>Waiting for the council</source>
        <translation>در انتظار شورا</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>همه سال‌ها</translation>
    </message>
    <message>
        <source>Rules and rates…</source>
        <translation>قواعد و نرخ‌ها…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>سال مالی</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Put pending requests on the next council agenda</source>
        <translation>درج درخواست‌های منتظر در دستور جلسه بعدی شورا</translation>
    </message>
    <message>
        <source>Council decision…</source>
        <translation>تصمیم شورا…</translation>
    </message>
    <message>
        <source>Payment…</source>
        <translation>پرداخت…</translation>
    </message>
    <message>
        <source>Report received…</source>
        <translation>دریافت گزارش…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن پرونده</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>انصراف…</translation>
    </message>
    <message>
        <source>Back to draft…</source>
        <translation>بازگشت به پیش‌نویس…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation>نامه ابلاغ تصمیم</translation>
    </message>
    <message>
        <source>Payment order</source>
        <translation>دستور پرداخت</translation>
    </message>
    <message>
        <source>Council annex of the request&apos;s meeting</source>
        <translation>پیوست دستور جلسه شورا</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Council annex of the next council meeting</source>
        <translation>پیوست دستور جلسه آینده شورا</translation>
    </message>
    <message>
        <source>Request submitted.</source>
        <translation>درخواست ارسال شد.</translation>
    </message>
    <message>
        <source>Council agenda</source>
        <translation>دستور جلسهٔ شورا</translation>
    </message>
    <message>
        <source>No request is waiting for the council.</source>
        <translation>هیچ درخواستی در انتظار شورا نیست.</translation>
    </message>
    <message>
        <source>%1 requests put on the agenda of meeting %2.</source>
        <translation>%1 درخواست در دستور جلسهٔ %2 گذاشته شد.</translation>
    </message>
    <message>
        <source>The council&apos;s decision is recorded; its letter is drafted in the Letters tab.</source>
        <translation>تصمیم شورا ثبت شد؛ پیش‌نویس نامه آن در زبانه نامه‌ها آماده است.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>پرداخت ثبت شد.</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>دریافت گزارش</translation>
    </message>
    <message>
        <source>Report recorded.</source>
        <translation>دریافت گزارش ثبت شد.</translation>
    </message>
    <message>
        <source>Request closed.</source>
        <translation>پرونده درخواست بسته شد.</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>انصراف از درخواست</translation>
    </message>
    <message>
        <source>Why is the request withdrawn?</source>
        <translation>دلیل انصراف از درخواست چیست؟</translation>
    </message>
    <message>
        <source>Request withdrawn.</source>
        <translation>انصراف از درخواست ثبت شد.</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>بازگشت به پیش‌نویس</translation>
    </message>
    <message>
        <source>What must be corrected?</source>
        <translation>چه چیزی باید اصلاح شود؟</translation>
    </message>
    <message>
        <source>The request is a draft again.</source>
        <translation>درخواست به پیش‌نویس بازگشت.</translation>
    </message>
    <message>
        <source>Council annex</source>
        <translation>پیوست دستور جلسه شورا</translation>
    </message>
    <message>
        <source>There is no scholarship council meeting to come.</source>
        <translation>جلسه آینده‌ای برای شورای بورس وجود ندارد.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 requests written.</source>
        <translation>%1 درخواست نوشته شد.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>IVC Desk</source>
        <translation>IVC Desk</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>تغییرات پیش از بستن ذخیره شود؟</translation>
    </message>
    <message>
        <source>Discard throws away what you changed here; Cancel goes back to the editor.</source>
        <translation>«دور انداختن» تغییراتی را که اینجا داده‌اید از میان می‌برد؛ «انصراف» به ویرایشگر برمی‌گردد.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Contents</source>
        <translation>فهرست راهنماها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <source>Foreign guest visits</source>
        <translation>بازدید مهمانان خارجی</translation>
    </message>
    <message>
        <source>Conference funding</source>
        <translation>حمایت از شرکت در همایش</translation>
    </message>
    <message>
        <source>Ordinances</source>
        <translation>احکام</translation>
    </message>
    <message>
        <source>Reports: the year in figures</source>
        <translation>گزارش‌ها: سال در آینهٔ آمار</translation>
    </message>
    <message>
        <source>The office server (for the administrator)</source>
        <translation>سرور اداره (برای مدیر سیستم، به انگلیسی)</translation>
    </message>
    <message>
        <source>IVC Desk — User guide</source>
        <translation>IVC Desk — راهنمای کاربر</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <source>Import log</source>
        <translation>سابقه ورودها</translation>
    </message>
    <message>
        <source>Every import, newest first. Undo moves the records an import added to the archive and puts back what it updated, if none of them has been changed or used since.</source>
        <translation>همه ورودها، تازه‌ترین در بالا. «برگرداندن» سوابقی را که یک ورود افزوده به بایگانی می‌برد و آنچه را به‌روز کرده به حال پیش برمی‌گرداند، به شرط آنکه هیچ‌یک از آن‌ها از آن پس تغییر نکرده یا به کار نرفته باشد.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>File and sheet</source>
        <translation>پرونده و برگه</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>سوابق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>برگرداندن این ورود…</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>%1 افزوده، %2 به‌روز شده</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>برگردانده شده</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>برقرار</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>برگرداندن این ورود</translation>
    </message>
    <message>
        <source>Move the %1 records import %2 added to the archive, with the units, partners and people it created for them, and put back the %3 it updated?</source>
        <translation>%1 سابقه‌ای که ورود %2 افزوده، همراه با واحدها، مؤسسه‌های همکار و افرادی که برایشان ساخته، به بایگانی برود و %3 سابقه‌ای که به‌روز کرده به حال پیش برگردد؟</translation>
    </message>
    <message>
        <source>Import %1 was undone: %2 records were moved to the archive.</source>
        <translation>ورود %1 برگردانده شد: %2 سابقه به بایگانی رفت.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Will be added</source>
        <translation>افزوده می‌شود</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>احتمالاً تکراری</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Keep the existing one</source>
        <translation>همان موجود بماند</translation>
    </message>
    <message>
        <source>Update it</source>
        <translation>به‌روز شود</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>در هر حال افزوده شود</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>Import from a sheet</source>
        <translation>ورود از صفحه‌گسترده</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Choose the sheet</source>
        <translation>انتخاب برگه</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file. The header row is found below any title rows.</source>
        <translation>یک کارپوشه اکسل یا یک پرونده CSV. سطر سرستون‌ها، زیر سطرهای عنوان، خودکار پیدا می‌شود.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Save an empty template…</source>
        <translation>ذخیره الگوی خالی…</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>ورود به:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>پرونده:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>صفحه‌گسترده‌ها (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>ذخیره الگوی خالی</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>پرونده‌ای را که باید وارد شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>در حال خواندن برگه…</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <source>Sheet %1: headers on row %2, %3 rows of data.</source>
        <translation>برگه %1: سرستون‌ها در سطر %2، %3 سطر داده.</translation>
    </message>
    <message>
        <source>— left out —</source>
        <translation>— وارد نشود —</translation>
    </message>
    <message>
        <source>Jalali</source>
        <translation>شمسی</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>written in:</source>
        <translation>نوشته‌شده به تقویم:</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>در حال بررسی همه سطرها…</translation>
    </message>
    <message>
        <source>Check every row before anything is written</source>
        <translation>پیش از ثبت هر چیز، همه سطرها را بررسی کنید</translation>
    </message>
    <message>
        <source>For the chosen duplicates:</source>
        <translation>برای تکراری‌های انتخاب‌شده:</translation>
    </message>
    <message>
        <source>Leave the refused rows out and import the others</source>
        <translation>سطرهای ردشده کنار گذاشته شوند و بقیه وارد شوند</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>To add: %1 · possible duplicates: %2 · refused: %3. Nothing has been written yet.</source>
        <translation>افزودنی: %1 · احتمالاً تکراری: %2 · ردشده: %3. هنوز چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>برگرداندن این ورود</translation>
    </message>
    <message>
        <source>Import %1: %2 added, %3 updated, %4 kept as they were, %5 refused left out, %6 units or partners created. Every record is marked with this import in the audit log.</source>
        <translation>ورود %1: %2 افزوده، %3 به‌روز، %4 بدون تغییر، %5 ردشده کنار گذاشته، %6 واحد یا مؤسسه همکار ساخته شد. هر رکورد با این ورود در گزارش تغییرات نشان‌دار است.</translation>
    </message>
    <message>
        <source>The import was undone: %1 records were moved to the archive.</source>
        <translation>ورود برگردانده شد: %1 رکورد به بایگانی رفت.</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Partner institution</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وبگاه</translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>University (Persian)</source>
        <translation>دانشگاه (فارسی)</translation>
    </message>
    <message>
        <source>University (English)</source>
        <translation>دانشگاه (انگلیسی)</translation>
    </message>
    <message>
        <source>Faculty (Persian)</source>
        <translation>دانشکده (فارسی)</translation>
    </message>
    <message>
        <source>Faculty (English)</source>
        <translation>دانشکده (انگلیسی)</translation>
    </message>
    <message>
        <source>Vice-chancellor&apos;s name (Persian)</source>
        <translation>نام معاون بین‌الملل (فارسی)</translation>
    </message>
    <message>
        <source>Vice-chancellor&apos;s name (English)</source>
        <translation>نام معاون بین‌الملل (انگلیسی)</translation>
    </message>
    <message>
        <source>Signatory&apos;s title (Persian)</source>
        <translation>سمت امضاکننده (فارسی)</translation>
    </message>
    <message>
        <source>Signatory&apos;s title (English)</source>
        <translation>سمت امضاکننده (انگلیسی)</translation>
    </message>
    <message>
        <source>No logo (optional PNG or JPEG)</source>
        <translation>بدون آرم (اختیاری؛ PNG یا JPEG)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>آرم</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>انتخاب آرم</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>زبان نامه</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>Recipient from the directory</source>
        <translation>گیرنده از دفتر نشانی‌ها</translation>
    </message>
    <message>
        <source>Recipient (name, title, institution)</source>
        <translation>گیرنده (نام، سمت، مؤسسه)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>عبارت آغازین</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>عبارت پایانی</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Copies to (one per line)</source>
        <translation>رونوشت (هر گیرنده در یک سطر)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>سمت امضاکننده</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>پیش‌نمایش PDF</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>نامه جدید…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>ابطال…</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>صدور نامه</translation>
    </message>
    <message>
        <source>Issue this letter? It takes the next number of the outgoing register and can no longer be changed.</source>
        <translation>این نامه صادر شود؟ شماره بعدی دفتر نامه‌های صادره به آن داده می‌شود و دیگر نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>Letter issued as number %1</source>
        <translation>نامه با شماره %1 صادر شد</translation>
    </message>
    <message>
        <source>Void letter</source>
        <translation>ابطال نامه</translation>
    </message>
    <message>
        <source>Why are you voiding letter %1? Its number will not be used again.</source>
        <translation>دلیل ابطال نامه شماره %1 چیست؟ این شماره دیگر به نامه‌ای داده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IVC Desk</source>
        <translation>IVC Desk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>در حال راه‌اندازی…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;پشتیبان‌گیری اکنون…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>با&amp;زگردانی از پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;گزارش تغییرات…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ورود از صفحه‌گسترده…</translation>
    </message>
    <message>
        <source>Import &amp;log…</source>
        <translation>سابقه &amp;ورودها…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جدید</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ج&amp;ستجو</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;رفتن به</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;تقویم</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>راهنمای &amp;کاربر…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;میان‌برهای صفحه‌کلید…</translation>
    </message>
    <message>
        <source>&amp;About IVC Desk</source>
        <translation>&amp;درباره IVC Desk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>جستجو در همه دفترها</translation>
    </message>
    <message>
        <source>About IVC Desk</source>
        <translation>درباره IVC Desk</translation>
    </message>
    <message>
        <source>IVC Desk %1

Meetings, foreign guest visits, conference funding, ordinances and letters of the International Vice-Chancellor&apos;s office.</source>
        <translation>IVC Desk %1

جلسات، بازدید مهمانان خارجی، حمایت مالی از شرکت در همایش‌ها، احکام و نامه‌های معاونت بین‌الملل.</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>گذشته از موعد</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>شرح اقدام</translation>
    </message>
    <message>
        <source>Follows from resolution</source>
        <translation>ناشی از مصوبه</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>What was done? (optional)</source>
        <translation>چه اقدامی انجام شد؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>افزودن اقدام…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>ثبت انجام…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Decided in this meeting</source>
        <translation>اقدامات مقرر در این جلسه</translation>
    </message>
    <message>
        <source>Follow-up of previous resolutions (open at this meeting)</source>
        <translation>پیگیری مصوبات جلسات قبل (باز در زمان این جلسه)</translation>
    </message>
</context>
<context>
    <name>MeetingAgenda</name>
    <message>
        <source>Agenda item</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <source>Minutes allotted</source>
        <translation>زمان (دقیقه)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>تکرارشونده</translation>
    </message>
    <message>
        <source>Put on the next meeting of this kind too</source>
        <translation>در جلسه بعدی همین نوع نیز آورده شود</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>About the case</source>
        <translation>درباره پرونده</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>دستور</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>افزودن دستور…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>ویرایش دستور…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Attachments…</source>
        <translation>پیوست‌ها…</translation>
    </message>
    <message>
        <source>The items take %1 minutes, %2 – %3; the meeting is set for %4 – %5.</source>
        <translation>دستورها %1 دقیقه طول می‌کشند (%2 تا %3)؛ جلسه برای %4 تا %5 تعیین شده است.</translation>
    </message>
    <message>
        <source>The agenda runs past the end of the meeting.</source>
        <translation>دستور جلسه از زمان پایان جلسه فراتر می‌رود.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Kind of meeting</source>
        <translation>نوع جلسه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>ساعت شروع</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>ساعت پایان</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>از ساعت – تا ساعت</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>نحوه برگزاری</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>محل برگزاری</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>پیوند برخط</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئیس جلسه</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>دبیر جلسه</translation>
    </message>
    <message>
        <source>Opening remarks for the minutes</source>
        <translation>مقدمه صورتجلسه</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>صورتجلسه</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>ذخیره مشخصات</translation>
    </message>
    <message>
        <source>Issue invitation…</source>
        <translation>صدور دعوت‌نامه…</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>ثبت برگزاری</translation>
    </message>
    <message>
        <source>Approve minutes…</source>
        <translation>تأیید صورتجلسه…</translation>
    </message>
    <message>
        <source>Reopen minutes…</source>
        <translation>بازگشایی صورتجلسه…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>تعویق…</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>لغو جلسه…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>خروجی تقویم (.ics)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>سند:</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>جلسه جدید</translation>
    </message>
    <message>
        <source>the same room</source>
        <translation>همان اتاق</translation>
    </message>
    <message>
        <source>Also booked: %1 in %2 (%3)</source>
        <translation>هم‌زمانی: %1 در %2 (%3)</translation>
    </message>
    <message>
        <source>Meeting %1 is set for %2, which has not come yet. Mark it as held anyway?</source>
        <translation>جلسه %1 برای %2 تعیین شده است که هنوز فرا نرسیده. با این حال برگزارشده ثبت شود؟</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>دعوت‌نامه</translation>
    </message>
    <message>
        <source>The invitation was issued as letter %1 of the outgoing register.</source>
        <translation>دعوت‌نامه با شماره %1 در دفتر نامه‌های صادره ثبت شد.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>خروجی تقویم</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>پرونده‌های تقویم (*.ics)</translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <source>Attachments: %1</source>
        <translation>پیوست‌های %1</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>پرونده‌ها را اینجا رها کنید تا پیوست شوند.</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>افزودن پیوست…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>حذف پیوست</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>پیوست کردن پرونده‌ها</translation>
    </message>
</context>
<context>
    <name>MeetingFollowUp</name>
    <message>
        <source>Show closed actions too</source>
        <translation>نمایش اقدامات بسته‌شده</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>فقط گذشته از موعد</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>ثبت انجام…</translation>
    </message>
    <message>
        <source>Cancel action…</source>
        <translation>لغو اقدام…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>چاپ فهرست…</translation>
    </message>
    <message>
        <source>Save list as PDF…</source>
        <translation>ذخیره فهرست به صورت PDF…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
</context>
<context>
    <name>MeetingKinds</name>
    <message>
        <source>Kinds of meeting</source>
        <translation>انواع جلسه</translation>
    </message>
    <message>
        <source>New kind</source>
        <translation>نوع جدید</translation>
    </message>
    <message>
        <source>Code (Latin letters, fixed once used)</source>
        <translation>کد (حروف لاتین؛ پس از استفاده ثابت می‌ماند)</translation>
    </message>
    <message>
        <source>Name in Persian</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>حد نصاب</translation>
    </message>
    <message>
        <source>Members needed (fixed number)</source>
        <translation>تعداد اعضای لازم (عدد ثابت)</translation>
    </message>
    <message>
        <source>Usual length (minutes)</source>
        <translation>مدت معمول (دقیقه)</translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation>محل معمول</translation>
    </message>
    <message>
        <source>Save kind</source>
        <translation>ذخیره نوع جلسه</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>حذف عضو</translation>
    </message>
    <message>
        <source>Save standing members</source>
        <translation>ذخیره اعضای ثابت</translation>
    </message>
</context>
<context>
    <name>MeetingMinutes</name>
    <message>
        <source>Resolution</source>
        <translation>مصوبه</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>دستور</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>for</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>against</source>
        <translation>مخالف</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>ممتنع</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>آرا</translation>
    </message>
    <message>
        <source>Amount approved (rials)</source>
        <translation>مبلغ مصوب (ریال)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>What was said on this item…</source>
        <translation>مذاکرات درباره این دستور…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>ذخیره مذاکرات</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>افزودن مصوبه…</translation>
    </message>
    <message>
        <source>Edit resolution…</source>
        <translation>ویرایش مصوبه…</translation>
    </message>
    <message>
        <source>Remove resolution</source>
        <translation>حذف مصوبه</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>مذاکرات</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>مصوبات</translation>
    </message>
    <message>
        <source>Remove this resolution from the minutes?</source>
        <translation>این مصوبه از صورتجلسه حذف شود؟</translation>
    </message>
</context>
<context>
    <name>MeetingParticipants</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حضور</translation>
    </message>
    <message>
        <source>Standing member</source>
        <translation>عضو ثابت</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Add the standing members</source>
        <translation>افزودن اعضای ثابت</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>شخص:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Everyone not marked: present</source>
        <translation>ثبت حضور برای همه افراد بدون وضعیت</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>حضور:</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 members present, %3 needed — %4</source>
        <translation>حد نصاب: %1 نفر از %2 عضو حاضرند، %3 نفر لازم است — %4</translation>
    </message>
    <message>
        <source>met</source>
        <translation>جلسه رسمی است</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>حد نصاب نرسیده است</translation>
    </message>
    <message>
        <source>%1 of %2 members present (no quorum rule)</source>
        <translation>%1 نفر از %2 عضو حاضرند (بدون حد نصاب)</translation>
    </message>
</context>
<context>
    <name>MeetingSteps</name>
    <message>
        <source>Postpone meeting</source>
        <translation>تعویق جلسه</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>تاریخ جدید</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>از ساعت – تا ساعت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>جلسهٔ بعدی</translation>
    </message>
    <message>
        <source>The members and the recurring agenda items of the meeting of %1 are copied.</source>
        <translation>اعضا و دستورهای تکرارشوندهٔ جلسهٔ %1 رونوشت می‌شوند.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>دعوت‌نامه</translation>
    </message>
    <message>
        <source>The invitation is issued as a numbered letter of the outgoing register. Language of the letter:</source>
        <translation>دعوت‌نامه به صورت نامه شماره‌دار در دفتر نامه‌های صادره ثبت می‌شود. زبان نامه:</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>بازگشایی صورتجلسه</translation>
    </message>
    <message>
        <source>The minutes of meeting %1 are approved. Why must they be changed? The reason is kept in the audit log.</source>
        <translation>صورتجلسه جلسه %1 تأیید شده است. چرا باید تغییر کند؟ دلیل در سابقه تغییرات ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>لغو جلسه</translation>
    </message>
    <message>
        <source>Why is meeting %1 cancelled? It keeps its number.</source>
        <translation>جلسه %1 به چه دلیل لغو می‌شود؟ شماره آن محفوظ می‌ماند.</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>تأیید صورتجلسه</translation>
    </message>
    <message>
        <source>Approve the minutes of meeting %1? They are locked afterwards; changing them needs a recorded reopening.</source>
        <translation>صورتجلسه جلسه %1 تأیید شود؟ پس از آن قفل می‌شود و تغییر آن نیازمند بازگشایی ثبت‌شده است.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>دستور جلسه</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>فهرست حاضران</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>صورتجلسه</translation>
    </message>
    <message>
        <source>Persian and English</source>
        <translation>فارسی و انگلیسی</translation>
    </message>
</context>
<context>
    <name>MeetingsLabels</name>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>دعوت‌نامه ارسال شد</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>برگزار شد</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>صورتجلسه تأیید شد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>به تعویق افتاد</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>برخط</translation>
    </message>
    <message>
        <source>In person and online</source>
        <translation>حضوری و برخط</translation>
    </message>
    <message>
        <source>In writing (circulated)</source>
        <translation>مکاتبه‌ای (گردشی)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئیس</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>دبیر</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>مدعو</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>میهمان</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>حضور را تأیید کرد</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>عذر خواست</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غایب با عذر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غایب</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>تصویب نشد</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>موکول شد</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>ملاحظه شد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>More than half of the members</source>
        <translation>بیش از نیمی از اعضا</translation>
    </message>
    <message>
        <source>Two thirds of the members</source>
        <translation>دو سوم اعضا</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>همه اعضا</translation>
    </message>
    <message>
        <source>A fixed number of members</source>
        <translation>تعداد معینی از اعضا</translation>
    </message>
    <message>
        <source>No quorum rule</source>
        <translation>بدون حد نصاب</translation>
    </message>
    <message>
        <source>International adjunct candidate</source>
        <translation>نامزد عضویت وابسته بین‌المللی</translation>
    </message>
    <message>
        <source>Agreement (MoU)</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Conference funding request</source>
        <translation>درخواست حمایت از شرکت در همایش</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Foreign guest visit</source>
        <translation>بازدید مهمان خارجی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تصویب شد</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>دعوت‌شده</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>جلسه جدید…</translation>
    </message>
    <message>
        <source>Next meeting from this one…</source>
        <translation>جلسه بعدی از روی این جلسه…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>Move to archive</source>
        <translation>انتقال به بایگانی</translation>
    </message>
    <message>
        <source>Kinds of meeting…</source>
        <translation>انواع جلسه…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Follow-up of actions</source>
        <translation>پیگیری اقدامات</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>بازگردانی از بایگانی</translation>
    </message>
</context>
<context>
    <name>Ordinances</name>
    <message>
        <source>Ordinances</source>
        <translation>احکام</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>دفتر احکام</translation>
    </message>
    <message>
        <source>Current holders</source>
        <translation>متصدیان فعلی</translation>
    </message>
    <message>
        <source>Kinds and templates</source>
        <translation>انواع حکم و متن‌های نمونه</translation>
    </message>
    <message>
        <source>%1 appointments end within the reminder period; see Current holders.</source>
        <translation>مدت %1 حکم انتصاب به‌زودی به پایان می‌رسد؛ فهرست «متصدیان فعلی» را ببینید.</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع حکم</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Department or hospital</source>
        <translation>گروه آموزشی یا بیمارستان</translation>
    </message>
    <message>
        <source>Renews, supersedes or revokes</source>
        <translation>حکم قبلی (تمدید، جایگزینی یا لغو)</translation>
    </message>
    <message>
        <source>Title in Persian (e.g. جناب آقای دکتر)</source>
        <translation>عنوان فارسی (مثلاً جناب آقای دکتر)</translation>
    </message>
    <message>
        <source>Title in English (e.g. Dr.)</source>
        <translation>عنوان انگلیسی (مثلاً Dr.)</translation>
    </message>
    <message>
        <source>Position (Persian)</source>
        <translation>سمت (فارسی)</translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation>سمت (انگلیسی)</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>آغاز مدت</translation>
    </message>
    <message>
        <source>Term until</source>
        <translation>پایان مدت</translation>
    </message>
    <message>
        <source>Text (Persian)</source>
        <translation>متن حکم (فارسی)</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>متن حکم (انگلیسی)</translation>
    </message>
    <message>
        <source>Copies to, Persian (one per line)</source>
        <translation>رونوشت، فارسی (هر مورد در یک سطر)</translation>
    </message>
    <message>
        <source>Copies to, English (one per line)</source>
        <translation>رونوشت، انگلیسی (هر مورد در یک سطر)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>فیلدها: %1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <source>Signatory (Persian)</source>
        <translation>امضاکننده (فارسی)</translation>
    </message>
    <message>
        <source>Signatory&apos;s title (Persian)</source>
        <translation>سمت امضاکننده (فارسی)</translation>
    </message>
    <message>
        <source>Signatory (English)</source>
        <translation>امضاکننده (انگلیسی)</translation>
    </message>
    <message>
        <source>Signatory&apos;s title (English)</source>
        <translation>سمت امضاکننده (انگلیسی)</translation>
    </message>
    <message>
        <source>Preview in</source>
        <translation>پیش‌نمایش به زبان</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>پیش‌نمایش PDF</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع واحد</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>روزهای باقی‌مانده</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>بدون متصدی</translation>
    </message>
    <message>
        <source>A renewal has been drafted or issued.</source>
        <translation>حکم تمدید تهیه یا صادر شده است.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Filter units…</source>
        <translation>جستجوی واحد…</translation>
    </message>
    <message>
        <source>Holders on</source>
        <translation>متصدیان در تاریخ</translation>
    </message>
    <message>
        <source>Flag terms ending within</source>
        <translation>نشان دادن احکامی که پایان می‌یابند تا</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>تمدید…</translation>
    </message>
    <message>
        <source>Appoint…</source>
        <translation>انتصاب…</translation>
    </message>
    <message>
        <source>Show ordinance</source>
        <translation>نمایش حکم</translation>
    </message>
    <message>
        <source>%1 vacant, %2 ending soon</source>
        <translation>%1 سمت بدون متصدی، %2 حکم رو به پایان</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>پایان مدت</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>جایگزین شده</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ابطال شماره</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>New ordinance…</source>
        <translation>حکم جدید…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>صدور…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>لغو…</translation>
    </message>
    <message>
        <source>Void number…</source>
        <translation>ابطال شماره…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>Register of the year</source>
        <translation>دفتر احکام سال</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <source>Move to archive</source>
        <translation>انتقال به بایگانی</translation>
    </message>
    <message>
        <source>The ordinances of the year…</source>
        <translation>احکام سال…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>همه سال‌ها</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همه انواع حکم</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>بازگرداندن از بایگانی</translation>
    </message>
    <message>
        <source>Issue ordinance</source>
        <translation>صدور حکم</translation>
    </message>
    <message>
        <source>Issue this ordinance? It takes the next number of the register and can no longer be changed.</source>
        <translation>این حکم صادر شود؟ شماره بعدی دفتر احکام به آن داده می‌شود و پس از آن قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>Ordinance issued as number %1</source>
        <translation>حکم با شماره %1 صادر شد</translation>
    </message>
    <message>
        <source>%1 holds this position under ordinance %2 until %3. Should the new ordinance supersede it?
Yes: it ends the current term from the new term&apos;s start. No: both stand.</source>
        <translation>به موجب حکم شماره %2، %1 تا تاریخ %3 متصدی این سمت است. آیا حکم جدید جایگزین آن شود؟
بله: حکم فعلی از آغاز مدت حکم جدید پایان می‌یابد. خیر: هر دو حکم معتبر می‌مانند.</translation>
    </message>
    <message>
        <source>The position is held</source>
        <translation>این سمت متصدی دارد</translation>
    </message>
    <message>
        <source>Revoke ordinance</source>
        <translation>لغو حکم</translation>
    </message>
    <message>
        <source>Why is ordinance %1 revoked? It ends today and keeps its number.</source>
        <translation>علت لغو حکم شماره %1 چیست؟ اعتبار حکم از امروز پایان می‌یابد و شماره آن محفوظ می‌ماند.</translation>
    </message>
    <message>
        <source>Void number</source>
        <translation>ابطال شماره</translation>
    </message>
    <message>
        <source>Why is number %1 void? It stays in the register and is never given again.</source>
        <translation>علت ابطال شماره %1 چیست؟ این شماره در دفتر باقی می‌ماند و هرگز دوباره داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>فایل‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Appointment (holds a position for a term)</source>
        <translation>انتصاب (تصدی یک سمت برای مدت معین)</translation>
    </message>
    <message>
        <source>Revocation of an earlier ordinance</source>
        <translation>لغو حکم قبلی</translation>
    </message>
    <message>
        <source>No effect (appreciation and the like)</source>
        <translation>بدون اثر (تقدیرنامه و مانند آن)</translation>
    </message>
    <message>
        <source>Show archived kinds</source>
        <translation>نمایش انواع بایگانی‌شده</translation>
    </message>
    <message>
        <source>New kind</source>
        <translation>نوع جدید</translation>
    </message>
    <message>
        <source>Name (Persian), printed as the title</source>
        <translation>نام فارسی (عنوان چاپی حکم)</translation>
    </message>
    <message>
        <source>Name (English), printed as the title</source>
        <translation>نام انگلیسی (عنوان چاپی حکم)</translation>
    </message>
    <message>
        <source>What issuing it does</source>
        <translation>اثر صدور</translation>
    </message>
    <message>
        <source>A position every department and hospital has (shown in the current holders)</source>
        <translation>سمتی که هر گروه آموزشی و بیمارستان دارد (در فهرست متصدیان فعلی نمایش داده می‌شود)</translation>
    </message>
    <message>
        <source>Term in months (0: none)</source>
        <translation>مدت به ماه (۰: بدون مدت)</translation>
    </message>
    <message>
        <source>Template (Persian)</source>
        <translation>متن نمونه (فارسی)</translation>
    </message>
    <message>
        <source>Template (English)</source>
        <translation>متن نمونه (انگلیسی)</translation>
    </message>
    <message>
        <source>Insert a field…</source>
        <translation>درج فیلد…</translation>
    </message>
    <message>
        <source>Save kind</source>
        <translation>ذخیره نوع حکم</translation>
    </message>
    <message>
        <source>Ordinance numbers</source>
        <translation>شماره احکام</translation>
    </message>
    <message>
        <source>{year} is the Jalali year, {seq:04d} the number with four digits.</source>
        <translation>{year} سال شمسی و {seq:04d} شماره چهار رقمی است.</translation>
    </message>
    <message>
        <source>Save for this year</source>
        <translation>ذخیره برای این سال</translation>
    </message>
    <message>
        <source>Save as default</source>
        <translation>ذخیره به عنوان پیش‌فرض</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
</context>
<context>
    <name>PanelEditor</name>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>نوع حضور</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>وابستگی سازمانی</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>درخواست حمایت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Institution</source>
        <translation>مؤسسه</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Activity and review…</source>
        <translation>فعالیت‌ها و بازبینی…</translation>
    </message>
    <message>
        <source>Agreements — type a partner&apos;s name to narrow the list</source>
        <translation>تفاهم‌نامه‌ها — برای محدود کردن فهرست، نام مؤسسه همکار را بنویسید</translation>
    </message>
    <message>
        <source>Agreements of %1</source>
        <translation>تفاهم‌نامه‌های %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>پست الکترونیک</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>گذرنامه</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>ویرایش شخص</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>None (title and name only)</source>
        <translation>ندارد (فقط عنوان و نام)</translation>
    </message>
    <message>
        <source>Mr (جناب آقای)</source>
        <translation>جناب آقای (Mr)</translation>
    </message>
    <message>
        <source>Ms (سرکار خانم)</source>
        <translation>سرکار خانم (Ms)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>عنوان خطاب</translation>
    </message>
    <message>
        <source>How letters address this person: «سرکار خانم دکتر …» in Persian, Ms or Dr. in English.</source>
        <translation>نامه‌ها این شخص را چگونه خطاب کنند: «سرکار خانم دکتر …» در فارسی، ⁨Ms⁩ یا ⁨Dr.⁩ در انگلیسی.</translation>
    </message>
    <message>
        <source>Title (Persian)</source>
        <translation>عنوان (فارسی)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>عنوان (انگلیسی)</translation>
    </message>
    <message>
        <source>First name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Family name (Persian)</source>
        <translation>نام خانوادگی (فارسی)</translation>
    </message>
    <message>
        <source>First name (Latin)</source>
        <translation>نام (لاتین)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>نام خانوادگی (لاتین)</translation>
    </message>
    <message>
        <source>Academic rank</source>
        <translation>مرتبه علمی</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>وابستگی سازمانی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>پست الکترونیک</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <source>Second citizenship</source>
        <translation>تابعیت دوم</translation>
    </message>
    <message>
        <source>Citizenship at birth</source>
        <translation>تابعیت هنگام تولد</translation>
    </message>
    <message>
        <source>The second citizenship is the one held at birth</source>
        <translation>تابعیت دوم، تابعیت هنگام تولد است</translation>
    </message>
    <message>
        <source>At the faculty from</source>
        <translation>حضور در دانشکده از</translation>
    </message>
    <message>
        <source>At the faculty until</source>
        <translation>حضور در دانشکده تا</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>کارفرما</translation>
    </message>
    <message>
        <source>A visiting academic employed by another institution</source>
        <translation>استاد مدعو که کارمند مؤسسه دیگری است</translation>
    </message>
    <message>
        <source>Study mode</source>
        <translation>شیوه تحصیل</translation>
    </message>
    <message>
        <source>On campus</source>
        <translation>حضوری در دانشکده</translation>
    </message>
    <message>
        <source>Offshore (at a campus abroad)</source>
        <translation>شعبه خارج از کشور</translation>
    </message>
    <message>
        <source>Distance learning</source>
        <translation>آموزش از راه دور</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>شماره گذرنامه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Dietary or access needs</source>
        <translation>ملاحظات غذایی یا دسترسی</translation>
    </message>
    <message>
        <source>English evaluations</source>
        <translation>ارزیابی‌های زبان انگلیسی</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, email or phone…</source>
        <translation>نام، پست الکترونیک یا شماره تلفن را بنویسید…</translation>
    </message>
</context>
<context>
    <name>Printable</name>
    <message>
        <source>No font of the documents has these characters: {characters}. Letters and other documents will show � in their place. Save anyway?</source>
        <translation>هیچ‌یک از قلم‌های اسناد این نویسه‌ها را ندارد: {characters}. نامه‌ها و دیگر اسناد به جای آن‌ها � چاپ می‌کنند. با این حال ذخیره شود؟</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Seasonal school or exchange programme</source>
        <translation>مدرسه فصلی یا برنامه تبادل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Title (Persian)</source>
        <translation>عنوان (فارسی)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>عنوان (انگلیسی)</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>محل برگزاری</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>ProgrammeWords</name>
    <message>
        <source>Seasonal school</source>
        <translation>مدرسه فصلی</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>برنامه تبادل</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>اعزامی</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>Schools and exchanges</source>
        <translation>مدارس و تبادل‌ها</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>اعزامی</translation>
    </message>
    <message>
        <source>Filter by title, partner or place…</source>
        <translation>پالایش بر اساس عنوان، مؤسسه همکار یا محل…</translation>
    </message>
    <message>
        <source>Certificates in Persian</source>
        <translation>گواهی‌ها به فارسی</translation>
    </message>
    <message>
        <source>Certificates in English</source>
        <translation>گواهی‌ها به انگلیسی</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>برنامه تازه…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>شرکت‌کنندگان…</translation>
    </message>
    <message>
        <source>Print the certificates…</source>
        <translation>چاپ گواهی‌ها…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Preparing the certificates of attendance…</source>
        <translation>در حال آماده‌سازی گواهی‌های شرکت…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Their change:</source>
        <translation>تغییر ایشان:</translation>
    </message>
    <message>
        <source>IVC Desk</source>
        <translation>IVC Desk</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>بارگذاری نسخه ایشان</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>نگه‌داشتن نسخه خودم</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>New…</source>
        <translation>جدید…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Move to archive</source>
        <translation>انتقال به بایگانی</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>بازگردانی از بایگانی</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter as you type (Persian or English)…</source>
        <translation>برای جستجو بنویسید (فارسی یا انگلیسی)…</translation>
    </message>
    <message>
        <source>Show archive</source>
        <translation>نمایش بایگانی</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <source>Write this list, as filtered, to an Excel workbook</source>
        <translation>این فهرست را با جستجوی کنونی در یک کارپوشه اکسل بنویس</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Annual report of the year</source>
        <translation>گزارش سالانه سال</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>زبان سند</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Indicator pack (xlsx)…</source>
        <translation>بسته شاخص‌ها (xlsx)…</translation>
    </message>
    <message>
        <source>Counting the year&apos;s figures…</source>
        <translation>در حال شمارش آمار سال…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Double-click a figure to see the records behind it.</source>
        <translation>برای دیدن سوابقی که در یک شاخص شمرده شده‌اند، روی آن دو بار کلیک کنید.</translation>
    </message>
    <message>
        <source>Annual report of %1</source>
        <translation>گزارش سالانه %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Reading the records behind the figure…</source>
        <translation>در حال خواندن سوابق پشت این رقم…</translation>
    </message>
    <message>
        <source>Making the annual report…</source>
        <translation>در حال تهیه گزارش سالانه…</translation>
    </message>
    <message>
        <source>Indicator pack</source>
        <translation>بسته شاخص‌ها</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>کاربرگ‌ها (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the indicator pack…</source>
        <translation>در حال نوشتن بسته شاخص‌ها…</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 سطر در %2 نوشته شد</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>At start</source>
        <translation>هنگام شروع</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>هنگام بستن</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>پیش از ارتقا</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup you choose. The current database is kept as a backup first.</source>
        <translation>پایگاه داده با پشتیبانی که انتخاب می‌کنید جایگزین می‌شود. پایگاه داده فعلی ابتدا به صورت پشتیبان نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>سوابق</translation>
    </message>
    <message>
        <source>%1 people, %2 letters</source>
        <translation>%1 شخص، %2 نامه</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>بازگردانی پشتیبان انتخاب‌شده…</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>فایل دیگر…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>انتخاب پشتیبان</translation>
    </message>
    <message>
        <source>IVC Desk backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>پشتیبان‌های IVC Desk (*.sqlite3 *.db);;همه فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Result of the English evaluation</source>
        <translation>نتیجه ارزیابی زبان انگلیسی</translation>
    </message>
    <message>
        <source>%1 (out of %2)</source>
        <translation>%1 (از %2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>هیئت ارزیاب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>توضیحات</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review before expiry</source>
        <translation>بازبینی پیش از پایان اعتبار</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Renewed until</source>
        <translation>تمدید تا</translation>
    </message>
    <message>
        <source>Letter to the partner in</source>
        <translation>زبان نامه به نهاد طرف تفاهم</translation>
    </message>
    <message>
        <source>Renewal drafts the new agreement and a draft letter to the partner in the letters register.</source>
        <translation>تمدید، پیش‌نویس تفاهم‌نامهٔ جدید و پیش‌نویس نامه به نهاد طرف تفاهم را در دفتر نامه‌ها تهیه می‌کند.</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>ثبت تصمیم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>مؤسسات همکار</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Funding requests</source>
        <translation>درخواست‌های حمایت</translation>
    </message>
    <message>
        <source>Ordinances</source>
        <translation>احکام</translation>
    </message>
    <message>
        <source>Adjunct faculty</source>
        <translation>اعضای هیئت علمی وابسته</translation>
    </message>
    <message>
        <source>English evaluations</source>
        <translation>ارزیابی‌های زبان انگلیسی</translation>
    </message>
    <message>
        <source>Seasonal schools and exchanges</source>
        <translation>مدرسه‌های فصلی و تبادل‌ها</translation>
    </message>
    <message>
        <source>Export these results…</source>
        <translation>خروجی اکسل این نتایج…</translation>
    </message>
    <message>
        <source>Nothing found for %1</source>
        <translation>برای %1 چیزی پیدا نشد</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation>نام یا عنوان</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>جستجو در همه دفترها (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>دانشگاه و دانشکده</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>امضاکنندگان</translation>
    </message>
    <message>
        <source>Office name (Persian)</source>
        <translation>نام معاونت (فارسی)</translation>
    </message>
    <message>
        <source>Office name (English)</source>
        <translation>نام معاونت (انگلیسی)</translation>
    </message>
    <message>
        <source>Invocation line on Persian letters</source>
        <translation>عبارت سرآغاز نامه‌های فارسی (مانند «بسمه تعالی»)</translation>
    </message>
    <message>
        <source>Address (Persian)</source>
        <translation>نشانی (فارسی)</translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation>نشانی (انگلیسی)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>پست الکترونیک</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <source>Letter number format</source>
        <translation>قالب شماره نامه</translation>
    </message>
    <message>
        <source>{year} is the Jalali year, {seq:04d} the sequence with four digits, e.g. {year}/{seq:04d}/IVC</source>
        <translation>{year} سال هجری شمسی و {seq:04d} شماره ردیف چهاررقمی است؛ مثلاً {year}/{seq:04d}/IVC</translation>
    </message>
    <message>
        <source>Next letter number</source>
        <translation>شماره نامه بعدی</translation>
    </message>
    <message>
        <source>Paper for letters</source>
        <translation>کاغذ نامه‌ها</translation>
    </message>
    <message>
        <source>New letters are printed on this paper; each letter can be set otherwise when written.</source>
        <translation>نامه‌های تازه روی این کاغذ چاپ می‌شوند؛ کاغذ هر نامه را هنگام نوشتن آن می‌توان جداگانه برگزید.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Your name (recorded with your changes)</source>
        <translation>نام شما (همراه با تغییراتی که می‌دهید ثبت می‌شود)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Save the record open in an editor</source>
        <translation>ذخیره رکوردی که در ویرایشگر باز است</translation>
    </message>
    <message>
        <source>Close an editor (asks first when something changed)</source>
        <translation>بستن ویرایشگر (اگر چیزی تغییر کرده باشد، اول می‌پرسد)</translation>
    </message>
    <message>
        <source>Next field (also out of a multi-line text)</source>
        <translation>فیلد بعدی (از متن چندخطی هم بیرون می‌رود)</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>فیلد قبلی</translation>
    </message>
    <message>
        <source>Type a tab inside a multi-line text</source>
        <translation>درج نویسه جدول (Tab) در متن چندخطی</translation>
    </message>
    <message>
        <source>Open the chosen row of a list</source>
        <translation>باز کردن ردیف انتخاب‌شده فهرست</translation>
    </message>
    <message>
        <source>Move the chosen row up (agenda, programme)</source>
        <translation>بردن ردیف انتخاب‌شده به بالا (دستور جلسه، برنامه)</translation>
    </message>
    <message>
        <source>Move the chosen row down (agenda, programme)</source>
        <translation>بردن ردیف انتخاب‌شده به پایین (دستور جلسه، برنامه)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>کار</translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <source>The first signs every document unless another is chosen on the letter or ordinance (e.g. a deputy who signs in the vice-chancellor&apos;s absence).</source>
        <translation>نخستین نفر فهرست همه اسناد را امضا می‌کند، مگر آنکه در نامه یا حکم دیگری انتخاب شود (مثلاً قائم‌مقامی که در غیاب معاون امضا می‌کند).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Position (Persian)</source>
        <translation>سمت (فارسی)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <source>Position (English)</source>
        <translation>سمت (انگلیسی)</translation>
    </message>
    <message>
        <source>(new signatory)</source>
        <translation>(امضاکننده جدید)</translation>
    </message>
</context>
<context>
    <name>SignatoryChoice</name>
    <message>
        <source>(as written below)</source>
        <translation>(همان‌که در زیر نوشته شده)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Open it read-only, to look and print only?</source>
        <translation>به صورت فقط خواندنی (فقط برای دیدن و چاپ) باز شود؟</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Open the copy of %1 read-only</source>
        <translation>باز کردن رونوشت %1 به صورت فقط‌خواندنی</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>پشتیبان سالمی برای بازگردانی وجود ندارد.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, taken %1?</source>
        <translation>تازه‌ترین پشتیبان سالم (گرفته‌شده در %1) بازگردانی شود؟</translation>
    </message>
    <message>
        <source>IVC Desk</source>
        <translation>IVC Desk</translation>
    </message>
    <message>
        <source>The change takes effect when IVC Desk starts again. Restart now?</source>
        <translation>این تغییر پس از اجرای دوباره IVC Desk اعمال می‌شود. برنامه هم‌اکنون دوباره اجرا شود؟</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>In the next %1 days</source>
        <translation>%1 روز آینده</translation>
    </message>
    <message>
        <source>Waiting for the office</source>
        <translation>در انتظار اقدام دفتر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>رو به پایان</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسات</translation>
    </message>
    <message>
        <source>Guests arriving</source>
        <translation>ورود مهمانان</translation>
    </message>
    <message>
        <source>Guests leaving</source>
        <translation>خروج مهمانان</translation>
    </message>
    <message>
        <source>Today&apos;s programme of visits in progress</source>
        <translation>برنامه امروز بازدیدهای در جریان</translation>
    </message>
    <message>
        <source>Conferences of approved requests</source>
        <translation>همایش‌های درخواست‌های تصویب‌شده</translation>
    </message>
    <message>
        <source>Funding requests submitted, not on an agenda</source>
        <translation>درخواست‌های حمایت ارسال‌شده که در دستور جلسه نیستند</translation>
    </message>
    <message>
        <source>Requests on an agenda, no decision yet</source>
        <translation>درخواست‌های در دستور جلسه، هنوز بی‌تصمیم</translation>
    </message>
    <message>
        <source>Decisions whose letter is not issued</source>
        <translation>تصمیم‌هایی که نامه‌شان صادر نشده</translation>
    </message>
    <message>
        <source>Requests approved, not paid</source>
        <translation>درخواست‌های تصویب‌شده، پرداخت‌نشده</translation>
    </message>
    <message>
        <source>Requests paid, report overdue</source>
        <translation>درخواست‌های پرداخت‌شده با گزارش معوق</translation>
    </message>
    <message>
        <source>Letters drafted more than %1 days ago, not issued</source>
        <translation>نامه‌هایی که بیش از %1 روز پیش پیش‌نویس شده و صادر نشده‌اند</translation>
    </message>
    <message>
        <source>Ordinances drafted more than %1 days ago, not issued</source>
        <translation>احکامی که بیش از %1 روز پیش پیش‌نویس شده و صادر نشده‌اند</translation>
    </message>
    <message>
        <source>Meetings held, minutes not approved</source>
        <translation>جلسات برگزارشده با صورتجلسه تأییدنشده</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>اقدامات معوق</translation>
    </message>
    <message>
        <source>Overdue post-visit reports</source>
        <translation>گزارش‌های معوق پس از بازدید</translation>
    </message>
    <message>
        <source>Ordinances ending within %1 days</source>
        <translation>احکامی که تا %1 روز دیگر پایان می‌یابند</translation>
    </message>
    <message>
        <source>Adjunct faculty terms ending within %1 days</source>
        <translation>احکام اعضای وابسته که تا %1 روز دیگر پایان می‌یابند</translation>
    </message>
    <message>
        <source>Vacant international-deputy positions</source>
        <translation>سمت‌های خالی معاون بین‌الملل</translation>
    </message>
    <message>
        <source>Agreements ending within %1 days</source>
        <translation>تفاهم‌نامه‌هایی که تا %1 روز دیگر پایان می‌یابند</translation>
    </message>
    <message>
        <source>Dormant agreements (no activity in %1 months)</source>
        <translation>تفاهم‌نامه‌های راکد (بی‌فعالیت در %1 ماه گذشته)</translation>
    </message>
    <message>
        <source>invitations sent</source>
        <translation>دعوت‌نامه‌ها ارسال شده</translation>
    </message>
    <message>
        <source>no invitations yet</source>
        <translation>هنوز دعوتی ارسال نشده</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>مسئول: %1</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>آخرین فعالیت %1</translation>
    </message>
    <message>
        <source>no activity recorded</source>
        <translation>فعالیتی ثبت نشده</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <source>Write these lists to an Excel workbook</source>
        <translation>این فهرست‌ها را در یک کارپوشه اکسل بنویس</translation>
    </message>
    <message>
        <source>Remind me at start</source>
        <translation>یادآوری هنگام شروع</translation>
    </message>
    <message>
        <source>At the first start of each day, a notice of what is due today and what is late</source>
        <translation>در نخستین اجرای هر روز، یادداشتی از کارهای امروز و کارهای عقب‌افتاده</translation>
    </message>
    <message>
        <source>What</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Reading today&apos;s lists…</source>
        <translation>در حال خواندن فهرست‌های امروز…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>امروز، %1</translation>
    </message>
    <message>
        <source>… and %1 more, in the register&apos;s tab</source>
        <translation>… و %1 مورد دیگر، در زبانه همان دفتر</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>IVC Desk</source>
        <translation>IVC Desk</translation>
    </message>
    <message>
        <source>Today, %1: %2 due today, %3 late.</source>
        <translation>امروز، %1: %2 کار برای امروز، %3 کار عقب‌افتاده.</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>نمایش امروز</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>بستن این یادداشت</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Look ahead (the next days)</source>
        <translation>نگاه به روزهای آینده</translation>
    </message>
    <message>
        <source>A draft waits for the office after</source>
        <translation>پیش‌نویس در انتظار دفتر پس از</translation>
    </message>
    <message>
        <source>Ordinances ending within</source>
        <translation>احکامی که پایان می‌یابند تا</translation>
    </message>
    <message>
        <source>Agreements ending within</source>
        <translation>تفاهم‌نامه‌هایی که پایان می‌یابند تا</translation>
    </message>
    <message>
        <source>An agreement is dormant after</source>
        <translation>تفاهم‌نامه راکد است پس از</translation>
    </message>
    <message>
        <source>A report is late after the trip or visit by</source>
        <translation>گزارش سفر یا بازدید معوق است پس از</translation>
    </message>
    <message>
        <source>The periods Today&apos;s lists use. The Today tab reads them when it is next shown.</source>
        <translation>دوره‌هایی که فهرست‌های «امروز» به کار می‌برند. زبانه «امروز» بار بعد که نمایش داده شود آن‌ها را می‌خواند.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ماه</translation>
    </message>
</context>
<context>
    <name>TracesDialog</name>
    <message>
        <source>Reference</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Why it counts</source>
        <translation>دلیل شمارش</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>نام دیگر</translation>
    </message>
</context>
<context>
    <name>VisitDayView</name>
    <message>
        <source>No items yet: add the programme&apos;s items.</source>
        <translation>هنوز بندی ثبت نشده است؛ بندهای برنامه را اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Guest</source>
        <translation>مهمان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>گذرنامه</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>سرپرست هیئت</translation>
    </message>
    <message>
        <source>Add guest</source>
        <translation>افزودن مهمان</translation>
    </message>
    <message>
        <source>New guest in the directory…</source>
        <translation>مهمان جدید در فهرست اشخاص…</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>تعیین به عنوان سرپرست</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation>افزودن هزینه</translation>
    </message>
    <message>
        <source>This amount cannot be read; type digits, e.g. 1,250.50.</source>
        <translation>این مبلغ خوانا نیست؛ آن را با رقم وارد کنید، مانند ۱٬۲۵۰٫۵۰.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>مبلغ را وارد کنید.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>مهمانان</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>هزینه‌ها</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Given when the visit is saved</source>
        <translation>هنگام ذخیره بازدید داده می‌شود</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>نوع بازدید</translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation>هدف (انگلیسی)</translation>
    </message>
    <message>
        <source>Purpose (Persian)</source>
        <translation>هدف (فارسی)</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>Agreement (MoU)</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>واحد میزبان</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>پشتیبانی سفر</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>تاریخ ورود</translation>
    </message>
    <message>
        <source>Landing time (hh:mm)</source>
        <translation>ساعت فرود (ساعت:دقیقه)</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>پرواز ورود</translation>
    </message>
    <message>
        <source>Arrival airport</source>
        <translation>فرودگاه ورود</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>تاریخ خروج</translation>
    </message>
    <message>
        <source>Take-off time (hh:mm)</source>
        <translation>ساعت پرواز خروج (ساعت:دقیقه)</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>پرواز خروج</translation>
    </message>
    <message>
        <source>Departure airport</source>
        <translation>فرودگاه خروج</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>محل اقامت</translation>
    </message>
    <message>
        <source>Local transport</source>
        <translation>ایاب و ذهاب</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>Costs covered by</source>
        <translation>تأمین‌کننده هزینه‌ها</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>شرح بازدید</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>جلسات برگزارشده</translation>
    </message>
    <message>
        <source>Agreements reached</source>
        <translation>توافق‌های حاصل‌شده</translation>
    </message>
    <message>
        <source>This agreement ended on %1, before the visit.</source>
        <translation>اعتبار این تفاهم‌نامه در %1، پیش از بازدید، به پایان رسیده است.</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>تفاهم‌نامه منقضی شده</translation>
    </message>
    <message>
        <source>The agreement «%1» ended on %2, before this visit. Link it all the same?</source>
        <translation>اعتبار تفاهم‌نامه «%1» در %2، پیش از این بازدید، به پایان رسیده است. با این حال پیوند داده شود؟</translation>
    </message>
</context>
<context>
    <name>VisitDocuments</name>
    <message>
        <source>Itinerary</source>
        <translation>برنامه بازدید</translation>
    </message>
    <message>
        <source>Invitation / visa-support letter</source>
        <translation>دعوت‌نامه / نامه درخواست روادید</translation>
    </message>
    <message>
        <source>Certificate of visit and thanks</source>
        <translation>گواهی بازدید و قدردانی</translation>
    </message>
    <message>
        <source>Host briefing sheet (Persian)</source>
        <translation>برگه توجیهی میزبانان (فارسی)</translation>
    </message>
    <message>
        <source>Name cards (A4 sheet to cut)</source>
        <translation>کارت نام (برگه A4 برای برش)</translation>
    </message>
    <message>
        <source>Post-visit report</source>
        <translation>گزارش پس از بازدید</translation>
    </message>
    <message>
        <source>English and Persian side by side</source>
        <translation>انگلیسی و فارسی در کنار هم</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Documents of visit %1</source>
        <translation>اسناد بازدید %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation>همه اعضای هیئت</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Register and issue…</source>
        <translation>ثبت و صدور…</translation>
    </message>
    <message>
        <source>Give the letter a number in the outgoing register and keep its PDF</source>
        <translation>نامه در دفتر اندیکاتور صادره شماره می‌گیرد و PDF آن نگهداری می‌شود</translation>
    </message>
    <message>
        <source>Register and issue</source>
        <translation>ثبت و صدور</translation>
    </message>
    <message>
        <source>Issue this letter? It takes the next number of the outgoing register and can no longer be changed.</source>
        <translation>این نامه صادر شود؟ شماره بعدی دفتر صادره به آن داده می‌شود و دیگر قابل تغییر نخواهد بود.</translation>
    </message>
    <message>
        <source>Issued as number %1.</source>
        <translation>با شماره %1 صادر شد.</translation>
    </message>
</context>
<context>
    <name>VisitItemDialog</name>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>بند برنامه</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>ساعت شروع</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ساعت پایان</translation>
    </message>
    <message>
        <source>Activity (English)</source>
        <translation>فعالیت (انگلیسی)</translation>
    </message>
    <message>
        <source>Activity (Persian)</source>
        <translation>فعالیت (فارسی)</translation>
    </message>
    <message>
        <source>Place (room, building)</source>
        <translation>مکان (اتاق، ساختمان)</translation>
    </message>
    <message>
        <source>Responsible host</source>
        <translation>میزبان مسئول</translation>
    </message>
    <message>
        <source>Participants from the directory</source>
        <translation>شرکت‌کنندگان از فهرست اشخاص</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>سایر شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>وسیله رفت‌وآمد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Add common items</source>
        <translation>افزودن بندهای متداول</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>بندها</translation>
    </message>
    <message>
        <source>Copy the items of</source>
        <translation>رونوشت بندهای روز</translation>
    </message>
    <message>
        <source>To the day</source>
        <translation>به روز</translation>
    </message>
</context>
<context>
    <name>VisitItinerary</name>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>تداخل‌ها</translation>
    </message>
    <message>
        <source>Save the visit (Apply) to plan its programme.</source>
        <translation>برای برنامه‌ریزی، ابتدا بازدید را ذخیره کنید (اعمال).</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>افزودن بند…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move to day…</source>
        <translation>انتقال به روز دیگر…</translation>
    </message>
    <message>
        <source>Duplicate a day…</source>
        <translation>تکرار یک روز…</translation>
    </message>
    <message>
        <source>Common items…</source>
        <translation>بندهای متداول…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>خروجی تقویم (ics)…</translation>
    </message>
    <message>
        <source>%1 items, %2 with clashes</source>
        <translation>%1 بند، %2 بند دارای تداخل</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>حذف بند</translation>
    </message>
    <message>
        <source>Remove «%1» from the programme?</source>
        <translation>«%1» از برنامه حذف شود؟</translation>
    </message>
    <message>
        <source>Move to day</source>
        <translation>انتقال به روز دیگر</translation>
    </message>
    <message>
        <source>Duplicate a day</source>
        <translation>تکرار یک روز</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>خروجی تقویم</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>پرونده‌های تقویم (*.ics)</translation>
    </message>
</context>
<context>
    <name>VisitsLabels</name>
    <message>
        <source>Visiting professor</source>
        <translation>استاد مدعو</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <source>External examiner</source>
        <translation>داور خارجی</translation>
    </message>
    <message>
        <source>Accreditation visit</source>
        <translation>بازدید اعتباربخشی</translation>
    </message>
    <message>
        <source>MoU signing</source>
        <translation>امضای تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>پیشنهادی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تصویب‌شده</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>دعوت‌شده</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>قطعی</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال برگزاری</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Report filed</source>
        <translation>گزارش ثبت‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Honorarium</source>
        <translation>حق‌الزحمه</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>هتل</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>سفر</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>پذیرایی</translation>
    </message>
    <message>
        <source>Local transport</source>
        <translation>ایاب و ذهاب</translation>
    </message>
    <message>
        <source>The faculty</source>
        <translation>دانشکده</translation>
    </message>
    <message>
        <source>The guest&apos;s institution</source>
        <translation>مؤسسه متبوع مهمان</translation>
    </message>
    <message>
        <source>The partner, under the agreement</source>
        <translation>مؤسسه همکار، طبق تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>مشترک</translation>
    </message>
    <message>
        <source>Welcome meeting with the vice-chancellor</source>
        <translation>دیدار و خوشامدگویی با معاون</translation>
    </message>
    <message>
        <source>Campus tour</source>
        <translation>بازدید از پردیس</translation>
    </message>
    <message>
        <source>Hospital visit</source>
        <translation>بازدید از بیمارستان</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>سخنرانی</translation>
    </message>
    <message>
        <source>Farewell dinner</source>
        <translation>ضیافت شام خداحافظی</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>مهمانان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>بازدید جدید…</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>اسناد…</translation>
    </message>
    <message>
        <source>Print itinerary…</source>
        <translation>چاپ برنامه بازدید…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>لغو بازدید</translation>
    </message>
    <message>
        <source>Why is visit %1 cancelled?</source>
        <translation>علت لغو بازدید %1 چیست؟</translation>
    </message>
    <message>
        <source>Visit %1 is now: %2</source>
        <translation>وضعیت بازدید %1 اکنون: %2</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to IVC Desk</source>
        <translation>به IVC Desk خوش آمدید</translation>
    </message>
    <message>
        <source>Tell IVC Desk whose office this is. The names and the signatory appear on every letter; you can change them later under File › Settings.</source>
        <translation>مشخصات دانشگاه، دانشکده و معاونت را وارد کنید. این نام‌ها و امضاکننده در همه نامه‌ها می‌آیند؛ بعداً می‌توانید آن‌ها را از پرونده › تنظیمات تغییر دهید.</translation>
    </message>
    <message>
        <source>e.g. Zahra Ahmadi</source>
        <translation>مثلاً زهرا احمدی</translation>
    </message>
    <message>
        <source>Your name (recorded with your changes)</source>
        <translation>نام شما (همراه با تغییراتی که می‌دهید ثبت می‌شود)</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>شروع با پایگاه داده خالی</translation>
    </message>
    <message>
        <source>Load sample data to try the program</source>
        <translation>بارگذاری داده‌های نمونه برای آزمودن برنامه</translation>
    </message>
    <message>
        <source>Adding sample data…</source>
        <translation>در حال افزودن داده‌های نمونه…</translation>
    </message>
</context>
<context>
    <name>attempt</name>
    <message>
        <source>IVC Desk</source>
        <translation>IVC Desk</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The data folder {folder} cannot be created: {reason}.</source>
        <translation>پوشه داده‌ها ({folder}) ساخته نشد: {reason}.</translation>
    </message>
    <message>
        <source>IVC Desk is already open on this database (computer {host}, process {pid}).</source>
        <translation>IVC Desk هم‌اکنون روی این پایگاه داده باز است (رایانه {host}، فرایند {pid}).</translation>
    </message>
    <message>
        <source>The database is damaged: the {field} of record {record} in {table} cannot be read. Nothing was changed; restore a backup.</source>
        <translation>پایگاه داده آسیب دیده است: {field} رکورد {record} در {table} خوانده نمی‌شود. چیزی تغییر نکرد؛ یک پشتیبان را بازگردانی کنید.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.</translation>
    </message>
    <message>
        <source>The database is open read-only here, so it cannot be replaced by a backup. Restore it from the IVC Desk that has it open for writing, or close that one first.</source>
        <translation>پایگاه داده اینجا فقط برای خواندن باز است و نمی‌توان پشتیبانی را جای آن گذاشت. بازگردانی را از IVC Desk‌ای انجام دهید که آن را برای نوشتن باز کرده است، یا نخست آن را ببندید.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written: {reason}.</source>
        <translation>در پوشه داده {folder} نمی‌توان نوشت: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read here ({reason}); it was not changed.</source>
        <translation>پایگاه داده {path} اینجا خوانده نمی‌شود ({reason})؛ هیچ تغییری در آن داده نشد.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of IVC Desk; install that version to open it.</source>
        <translation>این پایگاه داده با نسخه جدیدتری از IVC Desk ساخته شده است؛ برای باز کردن آن، همان نسخه را نصب کنید.</translation>
    </message>
    <message>
        <source>The file {path} is not an IVC Desk database.</source>
        <translation>فایل {path} پایگاه داده IVC Desk نیست.</translation>
    </message>
    <message>
        <source>Upgrading the database failed ({reason}); the upgrade was undone and the database is as it was.</source>
        <translation>ارتقای پایگاه داده ناموفق بود ({reason})؛ ارتقا لغو شد و پایگاه داده بدون تغییر باقی ماند.</translation>
    </message>
    <message>
        <source>The server&apos;s database needs its schema made or upgraded, which a read-only open cannot do. Open it once for writing.</source>
        <translation>ساختار پایگاه داده کارساز باید ساخته یا به‌روز شود و این کار در باز کردن فقط‌خواندنی ممکن نیست. یک بار آن را برای نوشتن باز کنید.</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached: {reason}</source>
        <translation>دسترسی به کارساز پایگاه داده {server} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>The data folder&apos;s name {folder} is not valid text (UTF-8), so no database can be kept there. Choose a folder whose name is valid text.</source>
        <translation>نام پوشه داده {folder} متن معتبر (UTF-8) نیست، پس پایگاه داده‌ای در آن نگه داشته نمی‌شود. پوشه‌ای با نام معتبر انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is no database at {path} yet; start IVC Desk once to make it.</source>
        <translation>هنوز پایگاه داده‌ای در {path} نیست؛ یک بار IVC Desk را اجرا کنید تا ساخته شود.</translation>
    </message>
    <message>
        <source>The database file {path} is empty (0 bytes): it holds no records. Restore a backup.</source>
        <translation>پرونده پایگاه داده {path} خالی است (۰ بایت) و هیچ رکوردی ندارد. یک پشتیبان را بازگردانی کنید.</translation>
    </message>
    <message>
        <source>The database {path} was made by an older version of IVC Desk and needs an upgrade, which cannot be done while it is open read-only. Open it once for writing to upgrade it.</source>
        <translation>پایگاه داده {path} با نسخه قدیمی‌تری از IVC Desk ساخته شده و باید ارتقا یابد، که وقتی فقط برای خواندن باز است ممکن نیست. یک بار آن را برای نوشتن باز کنید تا ارتقا یابد.</translation>
    </message>
    <message>
        <source>The database is damaged ({problem}). It was set aside unchanged as {moved}.</source>
        <translation>پایگاه داده آسیب دیده است ({problem}). بدون هیچ تغییری با نام {moved} کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>Enter the family name in Persian or in Latin script.</source>
        <translation>نام خانوادگی را به فارسی یا با حروف لاتین وارد کنید.</translation>
    </message>
    <message>
        <source>Tick the box or leave it empty.</source>
        <translation>این گزینه را علامت بزنید یا خالی بگذارید.</translation>
    </message>
    <message>
        <source>Enter the first citizenship before a second one.</source>
        <translation>پیش از تابعیت دوم، تابعیت نخست را وارد کنید.</translation>
    </message>
    <message>
        <source>The second citizenship must differ from the first.</source>
        <translation>تابعیت دوم باید با تابعیت نخست متفاوت باشد.</translation>
    </message>
    <message>
        <source>Choose the second citizenship that was held at birth.</source>
        <translation>تابعیت دومی را که هنگام تولد داشته است انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose Mr or Ms under Form of address; the title is for Dr., Prof. and the like.</source>
        <translation>«جناب آقای» یا «سرکار خانم» را در «عنوان خطاب» برگزینید؛ این عنوان برای دکتر، پروفسور و مانند آن‌هاست.</translation>
    </message>
    <message>
        <source>Write the English title in Latin script, e.g. Dr. or Prof.</source>
        <translation>عنوان انگلیسی را با حروف لاتین بنویسید، مانند ⁨Dr.⁩ یا ⁨Prof.⁩</translation>
    </message>
    <message>
        <source>Write the Persian title in Persian script, e.g. دکتر or پروفسور.</source>
        <translation>عنوان فارسی را با حروف فارسی بنویسید، مانند دکتر یا پروفسور.</translation>
    </message>
    <message>
        <source>This adjunct candidate is not waiting for the committee&apos;s decision.</source>
        <translation>این نامزد عضویت وابسته در انتظار تصمیم کمیته نیست.</translation>
    </message>
    <message>
        <source>Enter a term of 1 to {limit} months.</source>
        <translation>مدتی از ۱ تا {limit} ماه وارد کنید.</translation>
    </message>
    <message>
        <source>Choose an entry from the list.</source>
        <translation>یکی از موارد فهرست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The committee has decided on this candidate; only the notes can change.</source>
        <translation>کمیته درباره این نامزد تصمیم گرفته است؛ فقط یادداشت‌ها تغییرپذیرند.</translation>
    </message>
    <message>
        <source>The candidate is on a committee&apos;s agenda; keep the person.</source>
        <translation>این نامزد در دستور جلسه کمیته است؛ شخص را تغییر ندهید.</translation>
    </message>
    <message>
        <source>A candidate on a committee&apos;s agenda or approved stays in the register.</source>
        <translation>نامزدی که در دستور جلسه کمیته است یا تصویب شده در دفتر می‌ماند.</translation>
    </message>
    <message>
        <source>There is no recruitment committee meeting to come; schedule one in the Meetings tab first.</source>
        <translation>جلسه‌ای از کمیته جذب در پیش نیست؛ نخست در زبانه جلسه‌ها جلسه‌ای برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <source>Choose a meeting of the recruitment committee.</source>
        <translation>جلسه‌ای از کمیته جذب را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Only a candidate not yet proposed can go on the committee&apos;s agenda.</source>
        <translation>فقط نامزدی که هنوز پیشنهاد نشده در دستور جلسه کمیته قرار می‌گیرد.</translation>
    </message>
    <message>
        <source>The ordinance kind for adjunct appointments is missing; restore it in Ordinances › Kinds.</source>
        <translation>نوع حکم عضویت وابسته وجود ندارد؛ آن را در احکام › انواع حکم بازگردانید.</translation>
    </message>
    <message>
        <source>The appointment ordinance {number} has been issued; void it before correcting the decision.</source>
        <translation>حکم عضویت {number} صادر شده است؛ پیش از اصلاح تصمیم آن را ابطال کنید.</translation>
    </message>
    <message>
        <source>The adjunct candidate of this agenda item no longer exists.</source>
        <translation>نامزد عضویت وابسته این بند دستور جلسه دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Only an approved candidate&apos;s drafted ordinance can be issued.</source>
        <translation>فقط پیش‌نویس حکم نامزد تصویب‌شده صادر می‌شود.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>فایل خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Attachments must be smaller than 50 MB.</source>
        <translation>حجم پیوست باید کمتر از ۵۰ مگابایت باشد.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read, so none of the files was attached.</source>
        <translation>پرونده {name} خوانده نمی‌شود؛ از این رو هیچ‌یک از پرونده‌ها پیوست نشد.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 50 MB, so none of the files was attached.</source>
        <translation>پرونده {name} بزرگ‌تر از ۵۰ مگابایت است؛ از این رو هیچ‌یک از پرونده‌ها پیوست نشد.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>این مورد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The attachment&apos;s file is missing or was changed.</source>
        <translation>فایل پیوست پیدا نمی‌شود یا تغییر کرده است.</translation>
    </message>
    <message>
        <source>Another entry already has this name.</source>
        <translation>مورد دیگری با همین نام وجود دارد.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>فایل {path} ذخیره نشد: {reason}.</translation>
    </message>
    <message>
        <source>Choose the record the letter belongs to.</source>
        <translation>موردی را که نامه به آن مربوط است انتخاب کنید.</translation>
    </message>
    <message>
        <source>An issued letter cannot be changed; void it and write a new one.</source>
        <translation>نامه صادرشده را نمی‌توان تغییر داد؛ آن را ابطال کنید و نامه تازه‌ای بنویسید.</translation>
    </message>
    <message>
        <source>Only drafts can be moved to the archive; issued and voided letters stay in the register.</source>
        <translation>فقط پیش‌نویس‌ها را می‌توان بایگانی کرد؛ نامه‌های صادرشده و ابطال‌شده در دفتر نامه‌ها می‌مانند.</translation>
    </message>
    <message>
        <source>Give the date the renewed agreement runs until.</source>
        <translation>تاریخ پایان اعتبار تفاهم‌نامهٔ تمدیدشده را وارد کنید.</translation>
    </message>
    <message>
        <source>Say in the note why the agreement is let lapse.</source>
        <translation>در یادداشت بنویسید چرا تفاهم‌نامه تمدید نمی‌شود.</translation>
    </message>
    <message>
        <source>An archived agreement cannot be reviewed; restore it first.</source>
        <translation>تفاهم‌نامهٔ بایگانی‌شده را نمی‌توان بازبینی کرد؛ نخست آن را از بایگانی بازگردانید.</translation>
    </message>
    <message>
        <source>Only an agreement in force or expired can be reviewed.</source>
        <translation>تنها تفاهم‌نامهٔ معتبر یا پایان‌یافته را می‌توان بازبینی کرد.</translation>
    </message>
    <message>
        <source>The renewed agreement must run beyond the current one.</source>
        <translation>اعتبار تفاهم‌نامهٔ تمدیدشده باید از تفاهم‌نامهٔ کنونی فراتر رود.</translation>
    </message>
    <message>
        <source>This agreement has already been renewed.</source>
        <translation>این تفاهم‌نامه پیش‌تر تمدید شده است.</translation>
    </message>
    <message>
        <source>The logo cannot be printed ({reason}); choose another in Settings.</source>
        <translation>آرم قابل چاپ نیست ({reason})؛ در تنظیمات آرم دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Restore the letter from the archive before issuing it.</source>
        <translation>پیش از صدور، نامه را از بایگانی بازگردانید.</translation>
    </message>
    <message>
        <source>Letter {number} was issued on {paper}; a reprint is the issued document, on the same paper.</source>
        <translation>نامه {number} روی کاغذ {paper} صادر شده است؛ چاپ دوباره همان سند صادرشده است، روی همان کاغذ.</translation>
    </message>
    <message>
        <source>The stored PDF of letter {number} is missing from the data folder.</source>
        <translation>فایل PDF ذخیره‌شده نامه {number} در پوشه داده‌ها نیست.</translation>
    </message>
    <message>
        <source>The stored PDF of letter {number} has been altered.</source>
        <translation>فایل PDF ذخیره‌شده نامه {number} تغییر کرده است.</translation>
    </message>
    <message>
        <source>Only an issued letter can be voided.</source>
        <translation>فقط نامه صادرشده را می‌توان ابطال کرد.</translation>
    </message>
    <message>
        <source>Only {{year}} and {{seq}} (e.g. {{seq:04d}}) may appear in braces.</source>
        <translation>درون آکولاد فقط {{year}} و {{seq}} (مثلاً {{seq:04d}}) مجاز است.</translation>
    </message>
    <message>
        <source>The format must contain {{seq}} once.</source>
        <translation>قالب باید یک بار {{seq}} را داشته باشد.</translation>
    </message>
    <message>
        <source>The format must contain {{year}} once, so that each year&apos;s numbers differ.</source>
        <translation>الگو باید یک بار {{year}} داشته باشد تا شماره‌های هر سال از سال‌های دیگر جدا باشد.</translation>
    </message>
    <message>
        <source>With this format two documents of different registers could have the same number ({number}). Make the formats differ, e.g. by a letter of their own.</source>
        <translation>با این الگو دو سند از دو دفتر مختلف ممکن است یک شماره ({number}) بگیرند. الگوها را متفاوت کنید، مثلاً با حرفی ویژه هر دفتر.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>این تنظیم شناخته‌شده نیست.</translation>
    </message>
    <message>
        <source>The logo file cannot be read.</source>
        <translation>فایل آرم خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>آرم باید تصویری با قالب PNG یا JPEG باشد.</translation>
    </message>
    <message>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>حجم آرم باید کمتر از ۲ مگابایت باشد.</translation>
    </message>
    <message>
        <source>This field takes text.</source>
        <translation>این فیلد فقط متن می‌پذیرد.</translation>
    </message>
    <message>
        <source>The minutes of meeting {number} are approved and locked; reopen them to change anything.</source>
        <translation>صورتجلسه جلسه {number} تأیید و قفل شده است؛ برای هر تغییری ابتدا آن را بازگشایی کنید.</translation>
    </message>
    <message>
        <source>Another criterion has this code.</source>
        <translation>معیار دیگری همین کد را دارد.</translation>
    </message>
    <message>
        <source>A score of {score} was given on this criterion; keep the maximum.</source>
        <translation>در این معیار نمره {score} داده شده است؛ حداکثر نمره را کمتر از آن نکنید.</translation>
    </message>
    <message>
        <source>Enter a whole number from {lowest} to {highest}.</source>
        <translation>عددی صحیح از {lowest} تا {highest} وارد کنید.</translation>
    </message>
    <message>
        <source>Choose a meeting of the English evaluation sessions.</source>
        <translation>جلسه‌ای از جلسات ارزیابی زبان انگلیسی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Meeting {number} was cancelled; it cannot be changed.</source>
        <translation>جلسه {number} لغو شده است و قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>{name} is not a faculty member; only faculty are evaluated.</source>
        <translation>{name} عضو هیئت علمی نیست؛ فقط اعضای هیئت علمی ارزیابی می‌شوند.</translation>
    </message>
    <message>
        <source>Choose at least one candidate.</source>
        <translation>دست‌کم یک نامزد انتخاب کنید.</translation>
    </message>
    <message>
        <source>{name} is already a candidate of this session.</source>
        <translation>{name} پیش‌تر نامزد این جلسه شده است.</translation>
    </message>
    <message>
        <source>Scores or an outcome are recorded for this candidate; the evaluation stays.</source>
        <translation>برای این نامزد نمره یا نتیجه ثبت شده است؛ ارزیابی او حذف نمی‌شود.</translation>
    </message>
    <message>
        <source>Session {number} has not been held yet; record its results from its day on.</source>
        <translation>جلسه {number} هنوز برگزار نشده است؛ نتایج آن را از روز برگزاری به بعد ثبت کنید.</translation>
    </message>
    <message>
        <source>The certificate {number} has been issued; void it in the Letters tab before changing the result.</source>
        <translation>گواهی {number} صادر شده است؛ پیش از تغییر نتیجه، آن را در زبانه نامه‌ها ابطال کنید.</translation>
    </message>
    <message>
        <source>There is no criterion «{code}».</source>
        <translation>معیاری با کد «{code}» وجود ندارد.</translation>
    </message>
    <message>
        <source>The candidate cannot sit on their own panel.</source>
        <translation>نامزد نمی‌تواند عضو هیئت ارزیاب خود باشد.</translation>
    </message>
    <message>
        <source>Score every criterion before the outcome ({missing}).</source>
        <translation>پیش از ثبت نتیجه، به همه معیارها نمره دهید ({missing}).</translation>
    </message>
    <message>
        <source>Record the outcome (passed or failed) before issuing the certificate.</source>
        <translation>پیش از صدور گواهی، نتیجه (قبول یا مردود) را ثبت کنید.</translation>
    </message>
    <message>
        <source>The certificate in this language is already issued as letter {number}.</source>
        <translation>گواهی به این زبان پیش‌تر با شماره نامه {number} صادر شده است.</translation>
    </message>
    <message>
        <source>Restore the meeting from the archive before changing it.</source>
        <translation>پیش از تغییر جلسه، آن را از بایگانی بازگردانید.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>پر کردن این فیلد الزامی است.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to {limit}.</source>
        <translation>عددی صحیح از ۰ تا {limit} وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>تاریخ و ساعت را وارد کنید.</translation>
    </message>
    <message>
        <source>This is not a date and time.</source>
        <translation>این مقدار تاریخ و ساعت نیست.</translation>
    </message>
    <message>
        <source>At most {limit} characters, please.</source>
        <translation>حداکثر {limit} نویسه مجاز است.</translation>
    </message>
    <message>
        <source>The name cell holds a formula ({formula}), not a name.</source>
        <translation>خانه نام، به جای نام، فرمول ({formula}) دارد.</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} تاریخ نیست.</translation>
    </message>
    <message>
        <source>{value} is a Jalali date, but this column is read as Gregorian.</source>
        <translation>{value} تاریخ شمسی است، اما این ستون میلادی خوانده می‌شود.</translation>
    </message>
    <message>
        <source>{value} is a Gregorian date, but this column is read as Jalali.</source>
        <translation>{value} تاریخ میلادی است، اما این ستون شمسی خوانده می‌شود.</translation>
    </message>
    <message>
        <source>{value} is not a date that exists.</source>
        <translation>تاریخ {value} وجود ندارد.</translation>
    </message>
    <message>
        <source>{value} is outside the dates the office uses.</source>
        <translation>{value} بیرون از بازه تاریخ‌هایی است که دفتر به کار می‌برد.</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} مبلغ نیست.</translation>
    </message>
    <message>
        <source>An amount cannot be negative ({value}).</source>
        <translation>مبلغ نمی‌تواند منفی باشد ({value}).</translation>
    </message>
    <message>
        <source>«{value}» is not one of the allowed values: {allowed}.</source>
        <translation>«{value}» از مقدارهای مجاز نیست: {allowed}.</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>یکی از گزینه‌های فهرست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Each requested amount must be more than zero.</source>
        <translation>هر مبلغ درخواستی باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Each kind of cost can be requested once.</source>
        <translation>هر نوع هزینه را فقط یک بار می‌توان درخواست کرد.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>عددی صحیح از {low} تا {high} وارد کنید.</translation>
    </message>
    <message>
        <source>Funding is for conferences abroad.</source>
        <translation>حمایت فقط برای همایش‌های خارج از کشور است.</translation>
    </message>
    <message>
        <source>Only an educational mission can be inside the country.</source>
        <translation>فقط مأموریت آموزشی می‌تواند در داخل کشور باشد.</translation>
    </message>
    <message>
        <source>A conference lasts at most {days} days.</source>
        <translation>مدت همایش حداکثر {days} روز است.</translation>
    </message>
    <message>
        <source>A stay abroad lasts at most two years.</source>
        <translation>مدت اقامت در خارج از کشور حداکثر دو سال است.</translation>
    </message>
    <message>
        <source>Choose the faculty member&apos;s rank.</source>
        <translation>مرتبه علمی عضو هیئت علمی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A student&apos;s request names the supervisor.</source>
        <translation>در درخواست دانشجو، استاد راهنما باید مشخص شود.</translation>
    </message>
    <message>
        <source>The supervisor cannot be the applicant.</source>
        <translation>استاد راهنما نمی‌تواند خود متقاضی باشد.</translation>
    </message>
    <message>
        <source>Name the host institution or choose a partner.</source>
        <translation>نام مؤسسه میزبان را بنویسید یا یکی از همکاران بین‌المللی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter the score as printed on the certificate.</source>
        <translation>نمره را همان‌گونه که در مدرک آمده است وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the certificate the score is of.</source>
        <translation>مدرکی را که این نمره از آن است انتخاب کنید.</translation>
    </message>
    <message>
        <source>At the exchange rates of {day} these lines come to more than {limit} rials, more than any request can be. Check the amounts and the rates.</source>
        <translation>با نرخ‌های ارز {day} جمع این ردیف‌ها از {limit} ریال بیشتر می‌شود، بیش از آنچه هر درخواستی می‌تواند باشد. مبلغ‌ها و نرخ‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Only a draft request can be changed.</source>
        <translation>فقط درخواست پیش‌نویس قابل تغییر است.</translation>
    </message>
    <message>
        <source>A closed or withdrawn request takes no more documents.</source>
        <translation>به درخواست بسته‌شده یا منصرف‌شده مدرکی افزوده نمی‌شود.</translation>
    </message>
    <message>
        <source>Only drafts and withdrawn requests can be moved to the archive.</source>
        <translation>فقط درخواست‌های پیش‌نویس و منصرف‌شده به بایگانی می‌روند.</translation>
    </message>
    <message>
        <source>The invitation is a letter in one language; print it in Persian or in English.</source>
        <translation>دعوت‌نامه نامه‌ای به یک زبان است؛ آن را به فارسی یا به انگلیسی چاپ کنید.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>این نشانی پست الکترونیک معتبر نیست.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, ( ) - and an optional +.</source>
        <translation>شماره تلفن فقط می‌تواند رقم، فاصله، پرانتز و خط تیره (-) داشته باشد و در صورت نیاز با + آغاز شود.</translation>
    </message>
    <message>
        <source>This is not a web address.</source>
        <translation>این نشانی وبگاه معتبر نیست.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>کشور را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the department or hospital.</source>
        <translation>گروه آموزشی یا بیمارستان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>تاریخ را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose an issued ordinance.</source>
        <translation>یک حکم صادرشده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the issued ordinance this one revokes.</source>
        <translation>حکم صادرشده‌ای را که این حکم لغو می‌کند انتخاب کنید.</translation>
    </message>
    <message>
        <source>An issued ordinance cannot be changed; void it and draft a new one.</source>
        <translation>حکم صادرشده قابل تغییر نیست؛ شماره آن را ابطال کنید و حکم تازه‌ای تهیه کنید.</translation>
    </message>
    <message>
        <source>Only drafts can be moved to the archive; numbered ordinances stay in the register.</source>
        <translation>فقط پیش‌نویس‌ها به بایگانی منتقل می‌شوند؛ احکام شماره‌دار در دفتر باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Only an issued appointment can be renewed.</source>
        <translation>فقط حکم انتصاب صادرشده قابل تمدید است.</translation>
    </message>
    <message>
        <source>Restore the ordinance from the archive before issuing it.</source>
        <translation>پیش از صدور، حکم را از بایگانی بازگردانید.</translation>
    </message>
    <message>
        <source>{name} holds this position under ordinance {number} until {until}.</source>
        <translation>به موجب حکم شماره {number}، {name} تا تاریخ {until} متصدی این سمت است.</translation>
    </message>
    <message>
        <source>Only an issued ordinance can be revoked.</source>
        <translation>فقط حکم صادرشده قابل لغو است.</translation>
    </message>
    <message>
        <source>Only an issued ordinance can be voided.</source>
        <translation>فقط شماره حکم صادرشده قابل ابطال است.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>این تاریخ معتبر نیست.</translation>
    </message>
    <message>
        <source>This date is outside the range the office uses.</source>
        <translation>این تاریخ خارج از بازه تاریخ‌های مورد استفاده معاونت است.</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ شروع است.</translation>
    </message>
    <message>
        <source>Sample data can only be added to an empty database.</source>
        <translation>داده‌های نمونه را فقط می‌توان به پایگاه داده خالی افزود.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {reason}.</source>
        <translation>پشتیبان‌گیری در {path} ناموفق بود: {reason}.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>در {path} فایل پشتیبانی نیست.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged: {problem}.</source>
        <translation>پشتیبان {path} آسیب دیده است: {problem}.</translation>
    </message>
    <message>
        <source>The file {path} is not an IVC Desk backup.</source>
        <translation>فایل {path} پشتیبان IVC Desk نیست.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of IVC Desk.</source>
        <translation>پشتیبان {path} با نسخه جدیدتری از IVC Desk ساخته شده است.</translation>
    </message>
    <message>
        <source>There is already a database at {path}.</source>
        <translation>در {path} از قبل پایگاه داده‌ای هست.</translation>
    </message>
    <message>
        <source>The database is open read-only (another IVC Desk has it open), so this change was not saved.</source>
        <translation>پایگاه داده فقط خواندنی باز است (در برنامه IVC Desk دیگری باز است)؛ بنابراین این تغییر ذخیره نشد.</translation>
    </message>
    <message>
        <source>The database is busy with another program&apos;s change. Nothing was saved; try again in a moment.</source>
        <translation>پایگاه داده مشغول ثبت تغییر برنامه دیگری است. چیزی ذخیره نشد؛ چند لحظه بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>دیسک پر است و چیزی ذخیره نشد. مقداری فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written, so nothing was saved. Check its permissions.</source>
        <translation>در فایل پایگاه داده یا پوشه آن نمی‌توان نوشت و چیزی ذخیره نشد. مجوزهای دسترسی را بررسی کنید.</translation>
    </message>
    <message>
        <source>The database failed its integrity check, so nothing was saved. Restore a backup (File menu).</source>
        <translation>پایگاه داده در بررسی سلامت رد شد و چیزی ذخیره نشد. یک پشتیبان را بازگردانی کنید (منوی پرونده).</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was saved. Check the network and try again.</source>
        <translation>دسترسی به کارساز پایگاه داده ممکن نیست، پس چیزی ذخیره نشد. شبکه را بررسی و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The disk reported an error, so nothing was saved. Make a backup and check the disk.</source>
        <translation>دیسک خطا گزارش کرد و چیزی ذخیره نشد. پشتیبان بگیرید و دیسک را بررسی کنید.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing more was saved. Details are in %1.</source>
        <translation>خطای پیش‌بینی‌نشده‌ای رخ داد؛ چیز دیگری ذخیره نشد. جزئیات در %1 است.</translation>
    </message>
    <message>
        <source>IVC Desk</source>
        <translation>IVC Desk</translation>
    </message>
    <message>
        <source>An action cannot be closed before the meeting that decided it.</source>
        <translation>اقدام را نمی‌توان پیش از تاریخ جلسه‌ای که آن را مقرر کرده است بست.</translation>
    </message>
    <message>
        <source>Choose the record the item is about.</source>
        <translation>پرونده‌ای را که این دستور درباره آن است انتخاب کنید.</translation>
    </message>
    <message>
        <source>This item has resolutions; it stays on the agenda.</source>
        <translation>برای این دستور مصوبه ثبت شده است و در دستور جلسه می‌ماند.</translation>
    </message>
    <message>
        <source>Enter an amount in rials.</source>
        <translation>مبلغ را به ریال وارد کنید.</translation>
    </message>
    <message>
        <source>Decisions on this kind of case cannot be recorded by this version of IVC Desk.</source>
        <translation>تصمیم درباره این نوع پرونده در این نسخه از IVC Desk ثبت نمی‌شود.</translation>
    </message>
    <message>
        <source>An amount is decided only on an item about a funding request.</source>
        <translation>مبلغ فقط برای دستوری درباره درخواست حمایت مالی تعیین می‌شود.</translation>
    </message>
    <message>
        <source>This resolution decided a linked case; correct it instead of removing it.</source>
        <translation>این مصوبه درباره پرونده‌ای مرتبط تصمیم گرفته است؛ به جای حذف، آن را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Action items follow from this resolution; it stays.</source>
        <translation>اقداماتی از این مصوبه ناشی شده است؛ مصوبه باقی می‌ماند.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>پایان جلسه باید پس از شروع آن باشد.</translation>
    </message>
    <message>
        <source>A meeting lasts at most 24 hours.</source>
        <translation>مدت جلسه حداکثر ۲۴ ساعت است.</translation>
    </message>
    <message>
        <source>An online meeting needs its link.</source>
        <translation>برای جلسه برخط، پیوند آن را وارد کنید.</translation>
    </message>
    <message>
        <source>A meeting keeps the kind it was numbered in; make a new meeting of the other kind.</source>
        <translation>نوع جلسه پس از شماره‌گذاری تغییر نمی‌کند؛ جلسه جدیدی از نوع دیگر ایجاد کنید.</translation>
    </message>
    <message>
        <source>This step is not possible now for meeting {number}.</source>
        <translation>این مرحله اکنون برای جلسه {number} امکان‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Record every participant as present, excused or absent before approving the minutes.</source>
        <translation>پیش از تأیید صورتجلسه، وضعیت حضور همه شرکت‌کنندگان (حاضر، غایب با عذر یا غایب) را ثبت کنید.</translation>
    </message>
    <message>
        <source>Only approved minutes can be reopened.</source>
        <translation>فقط صورتجلسه تأییدشده را می‌توان بازگشایی کرد.</translation>
    </message>
    <message>
        <source>A meeting that was held stays in the register; only planned or cancelled ones can be archived.</source>
        <translation>جلسه برگزارشده در دفتر جلسات می‌ماند؛ فقط جلسات برنامه‌ریزی‌شده یا لغوشده بایگانی می‌شوند.</translation>
    </message>
    <message>
        <source>A code has 2 to 30 lower-case Latin letters, digits and hyphens, starting with a letter.</source>
        <translation>کد از ۲ تا ۳۰ حرف کوچک لاتین، رقم و خط تیره تشکیل می‌شود و با حرف آغاز می‌شود.</translation>
    </message>
    <message>
        <source>Enter how many members make the quorum.</source>
        <translation>تعداد اعضای لازم برای حد نصاب را وارد کنید.</translation>
    </message>
    <message>
        <source>Another entry already has this code.</source>
        <translation>این کد برای مورد دیگری ثبت شده است.</translation>
    </message>
    <message>
        <source>Meetings of this kind are numbered under its code; the code cannot change.</source>
        <translation>جلسات این نوع با همین کد شماره‌گذاری شده‌اند؛ کد قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>این شخص در فهرست وجود دارد.</translation>
    </message>
    <message>
        <source>This document is printed in: {langs}.</source>
        <translation>این سند به این زبان‌ها چاپ می‌شود: {langs}.</translation>
    </message>
    <message>
        <source>Enter a time.</source>
        <translation>ساعت را وارد کنید.</translation>
    </message>
    <message>
        <source>This is not a time of day.</source>
        <translation>این مقدار یک ساعت معتبر نیست.</translation>
    </message>
    <message>
        <source>Choose the guests from the directory.</source>
        <translation>مهمانان را از فهرست اشخاص انتخاب کنید.</translation>
    </message>
    <message>
        <source>A guest is listed twice.</source>
        <translation>یک مهمان دو بار در فهرست آمده است.</translation>
    </message>
    <message>
        <source>A delegation has one head.</source>
        <translation>هر هیئت تنها یک سرپرست دارد.</translation>
    </message>
    <message>
        <source>Enter each cost with its kind, currency and amount.</source>
        <translation>هر هزینه را با نوع، ارز و مبلغ آن وارد کنید.</translation>
    </message>
    <message>
        <source>A cost is a positive amount of money.</source>
        <translation>مبلغ هزینه باید عددی مثبت باشد.</translation>
    </message>
    <message>
        <source>Enter the purpose of the visit in English or in Persian.</source>
        <translation>هدف بازدید را به انگلیسی یا فارسی وارد کنید.</translation>
    </message>
    <message>
        <source>The departure comes before the arrival.</source>
        <translation>زمان خروج پیش از زمان ورود است.</translation>
    </message>
    <message>
        <source>This agreement belongs to another partner institution.</source>
        <translation>این تفاهم‌نامه متعلق به مؤسسه همکار دیگری است.</translation>
    </message>
    <message>
        <source>{name} is not a foreign guest in the directory.</source>
        <translation>{name} در فهرست اشخاص به عنوان مهمان خارجی ثبت نشده است.</translation>
    </message>
    <message>
        <source>A cancelled visit or one whose report is filed cannot be changed.</source>
        <translation>بازدید لغوشده یا بازدیدی که گزارش آن ثبت شده است قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>Restore the visit from the archive before changing it.</source>
        <translation>پیش از تغییر، بازدید را از بایگانی بازگردانید.</translation>
    </message>
    <message>
        <source>Add the guests before moving the visit on.</source>
        <translation>پیش از تغییر وضعیت بازدید، مهمانان را اضافه کنید.</translation>
    </message>
    <message>
        <source>Enter the arrival and departure dates before moving the visit on.</source>
        <translation>پیش از تغییر وضعیت بازدید، تاریخ ورود و خروج را وارد کنید.</translation>
    </message>
    <message>
        <source>Write the post-visit report before filing it.</source>
        <translation>پیش از ثبت گزارش، متن گزارش پس از بازدید را بنویسید.</translation>
    </message>
    <message>
        <source>A visit cannot go from this status to that one.</source>
        <translation>بازدید نمی‌تواند از این وضعیت به آن وضعیت برود.</translation>
    </message>
    <message>
        <source>The item must end after it starts.</source>
        <translation>ساعت پایان بند باید پس از ساعت شروع آن باشد.</translation>
    </message>
    <message>
        <source>Enter the activity in English or in Persian.</source>
        <translation>عنوان فعالیت را به انگلیسی یا فارسی وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the participants from the directory.</source>
        <translation>شرکت‌کنندگان را از فهرست اشخاص انتخاب کنید.</translation>
    </message>
    <message>
        <source>This item falls outside the visit&apos;s dates.</source>
        <translation>این بند خارج از تاریخ‌های بازدید است.</translation>
    </message>
    <message>
        <source>This item starts before the flight lands ({time}).</source>
        <translation>این بند پیش از فرود پرواز ({time}) آغاز می‌شود.</translation>
    </message>
    <message>
        <source>This item ends after the flight leaves ({time}).</source>
        <translation>این بند پس از پرواز خروج ({time}) پایان می‌یابد.</translation>
    </message>
    <message>
        <source>Overlaps «{other}» ({start}–{end}).</source>
        <translation>با «{other}» ({start}–{end}) هم‌زمان است.</translation>
    </message>
    <message>
        <source>{names} also booked for «{other}» ({when}).</source>
        <translation>{names} در همین زمان برای «{other}» ({when}) نیز در نظر گرفته شده است.</translation>
    </message>
    <message>
        <source>The place is taken by «{other}» ({when}).</source>
        <translation>این مکان در همین زمان به «{other}» ({when}) اختصاص دارد.</translation>
    </message>
    <message>
        <source>That day has no items to copy.</source>
        <translation>آن روز بندی برای رونوشت ندارد.</translation>
    </message>
    <message>
        <source>Choose another day to copy to.</source>
        <translation>روز دیگری را برای رونوشت انتخاب کنید.</translation>
    </message>
    <message>
        <source>The items do not fit in the day that way.</source>
        <translation>بندها به این ترتیب در آن روز جای نمی‌گیرند.</translation>
    </message>
    <message>
        <source>This person is not a guest of the visit.</source>
        <translation>این شخص از مهمانان این بازدید نیست.</translation>
    </message>
    <message>
        <source>Add the guests before printing this document.</source>
        <translation>پیش از چاپ این سند، مهمانان را اضافه کنید.</translation>
    </message>
    <message>
        <source>Enter the time as hours:minutes, e.g. 06:30.</source>
        <translation>ساعت را به صورت ساعت:دقیقه وارد کنید، مانند ۰۶:۳۰.</translation>
    </message>
    <message>
        <source>The stored PDF of ordinance {number} is missing from the data folder.</source>
        <translation>فایل PDF ذخیره‌شده حکم شماره {number} در پوشه داده‌ها نیست.</translation>
    </message>
    <message>
        <source>The stored PDF of ordinance {number} has been altered.</source>
        <translation>فایل PDF ذخیره‌شده حکم شماره {number} تغییر کرده است.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>عددی از {low} تا {high} وارد کنید.</translation>
    </message>
    <message>
        <source>Ordinances of {year} already have numbers; their format cannot change.</source>
        <translation>احکام سال {year} شماره گرفته‌اند؛ قالب شماره آن سال قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>A brace in the template has no partner; to print a brace, write it twice.</source>
        <translation>یکی از آکولادهای متن نمونه جفت ندارد؛ برای چاپ خود آکولاد، آن را دو بار بنویسید.</translation>
    </message>
    <message>
        <source>The template uses an unknown field {braced}; the fields are: {fields}.</source>
        <translation>متن نمونه فیلد ناشناخته {braced} را به کار برده است؛ فیلدهای مجاز: {fields}.</translation>
    </message>
    <message>
        <source>Write the field {braced} in braces alone, without anything after its name.</source>
        <translation>فیلد {braced} را فقط با نام آن در آکولاد بنویسید، بی هیچ چیز دیگری پس از نام.</translation>
    </message>
    <message>
        <source>Only an appointment holds a position in each unit.</source>
        <translation>فقط حکم انتصاب سمتی در هر واحد دارد.</translation>
    </message>
    <message>
        <source>An appointment needs a term of at least one month.</source>
        <translation>حکم انتصاب دست‌کم یک ماه مدت لازم دارد.</translation>
    </message>
    <message>
        <source>There is no scholarship council meeting to come; schedule one in the Meetings tab first.</source>
        <translation>جلسه آینده‌ای برای شورای بورس وجود ندارد؛ ابتدا در زبانه جلسات آن را برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <source>Only submitted or deferred requests can go on a council agenda.</source>
        <translation>فقط درخواست‌های ارسال‌شده یا مسکوت‌مانده در دستور جلسه شورا قرار می‌گیرند.</translation>
    </message>
    <message>
        <source>This funding request is not waiting for the council&apos;s decision.</source>
        <translation>این درخواست حمایت در انتظار تصمیم شورا نیست.</translation>
    </message>
    <message>
        <source>The decision letter {number} has been issued; void it before correcting the decision.</source>
        <translation>نامه ابلاغ {number} صادر شده است؛ پیش از اصلاح تصمیم، آن را ابطال کنید.</translation>
    </message>
    <message>
        <source>The funding request of this agenda item no longer exists.</source>
        <translation>درخواست حمایت مربوط به این بند دستور جلسه دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>No decision letter has been drafted for this request yet.</source>
        <translation>هنوز نامه ابلاغ تصمیمی برای این درخواست تهیه نشده است.</translation>
    </message>
    <message>
        <source>There is no exchange rate for {currency} on or before {day}; add one under Rules and rates.</source>
        <translation>برای {currency} در تاریخ {day} یا پیش از آن نرخی ثبت نشده است؛ آن را در «قواعد و نرخ‌ها» بیفزایید.</translation>
    </message>
    <message>
        <source>Enter a whole number of rials greater than zero.</source>
        <translation>مبلغی صحیح به ریال و بیشتر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>A payment order is made for an approved request only.</source>
        <translation>دستور پرداخت فقط برای درخواست مصوب صادر می‌شود.</translation>
    </message>
    <message>
        <source>A cap is a whole number of rials greater than zero.</source>
        <translation>سقف باید مبلغی صحیح به ریال و بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Fiscal year {year} has already committed and paid {used} rials; the budget cannot be less.</source>
        <translation>در سال مالی {year} تاکنون {used} ریال تعهد یا پرداخت شده است؛ بودجه نمی‌تواند کمتر از آن باشد.</translation>
    </message>
    <message>
        <source>The request breaks the office&apos;s rules: {rules}</source>
        <translation>درخواست با قواعد حمایت مغایرت دارد: {rules}</translation>
    </message>
    <message>
        <source>A request that is “{current}” cannot become “{wanted}”.</source>
        <translation>درخواستی که در وضعیت «{current}» است نمی‌تواند به وضعیت «{wanted}» برود.</translation>
    </message>
    <message>
        <source>Restore the request from the archive first.</source>
        <translation>ابتدا درخواست را از بایگانی بازگردانید.</translation>
    </message>
    <message>
        <source>An approval needs an amount greater than zero.</source>
        <translation>تصویب به مبلغی بیشتر از صفر نیاز دارد.</translation>
    </message>
    <message>
        <source>The payment must be more than zero and at most the approved {approved} rials.</source>
        <translation>مبلغ پرداختی باید بیشتر از صفر و حداکثر برابر مبلغ مصوب {approved} ریال باشد.</translation>
    </message>
    <message>
        <source>The payment cannot come before the council&apos;s decision.</source>
        <translation>تاریخ پرداخت نمی‌تواند پیش از تصمیم شورا باشد.</translation>
    </message>
    <message>
        <source>A report cannot come before the conference.</source>
        <translation>تاریخ دریافت گزارش نمی‌تواند پیش از همایش باشد.</translation>
    </message>
    <message>
        <source>The latest number of this register is dated {latest}, so a number cannot be dated {day}. Check the computer&apos;s date and clock.</source>
        <translation>آخرین شماره این دفتر تاریخ {latest} دارد، پس شماره‌ای با تاریخ {day} داده نمی‌شود. تاریخ و ساعت رایانه را بررسی کنید.</translation>
    </message>
    <message>
        <source>The number {number} is already printed on another document. Change the number formats in Settings so that each register&apos;s numbers differ.</source>
        <translation>شماره {number} پیش‌تر روی سند دیگری چاپ شده است. در تنظیمات الگوهای شماره را چنان تغییر دهید که شماره‌های هر دفتر جدا باشد.</translation>
    </message>
    <message>
        <source>The year must be a Jalali year, such as 1405.</source>
        <translation>سال باید یک سال شمسی باشد، مانند ۱۴۰۵.</translation>
    </message>
    <message>
        <source>Sheets can be imported into: {registers}.</source>
        <translation>صفحه‌گسترده را می‌توان به این دفترها وارد کرد: {registers}.</translation>
    </message>
    <message>
        <source>{name} is not a field of this register; its fields are: {fields}.</source>
        <translation>{name} از فیلدهای این دفتر نیست؛ فیلدهای آن: {fields}.</translation>
    </message>
    <message>
        <source>The sheet has no column {column}; its columns are: {columns}.</source>
        <translation>برگه ستون {column} ندارد؛ ستون‌های آن: {columns}.</translation>
    </message>
    <message>
        <source>Choose the column of {name}.</source>
        <translation>ستون «{name}» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>ورود لغو شد؛ چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>The unit «{unit}» will be created.</source>
        <translation>واحد «{unit}» ساخته می‌شود.</translation>
    </message>
    <message>
        <source>The partner «{partner}» will be created.</source>
        <translation>مؤسسه همکار «{partner}» ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>رد شد.</translation>
    </message>
    <message>
        <source>Possible duplicate of «{name}» (record {id}).</source>
        <translation>احتمالاً تکراریِ «{name}» (رکورد {id}).</translation>
    </message>
    <message>
        <source>Possible duplicate of «{name}» on row {row} of this sheet.</source>
        <translation>احتمالاً تکراریِ «{name}» در سطر {row} همین برگه.</translation>
    </message>
    <message>
        <source>Will be added.</source>
        <translation>افزوده می‌شود.</translation>
    </message>
    <message>
        <source>Only a stored record can be updated.</source>
        <translation>فقط رکوردی که ثبت شده است به‌روز می‌شود.</translation>
    </message>
    <message>
        <source>{count} rows are refused: correct them in the sheet, or import the other rows without them. Nothing was written.</source>
        <translation>{count} سطر رد شده است: آن‌ها را در برگه درست کنید یا بقیه سطرها را بدون آن‌ها وارد کنید. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>There is no import {batch}.</source>
        <translation>ورودی با شماره {batch} نیست.</translation>
    </message>
    <message>
        <source>Import {batch} was already undone.</source>
        <translation>ورود {batch} پیش‌تر برگردانده شده است.</translation>
    </message>
    <message>
        <source>This import cannot be undone: these records (with their row in the sheet) have been changed or used since: {records}.</source>
        <translation>این ورود برگرداندنی نیست: این سوابق (با شماره سطرشان در برگه) از آن پس تغییر کرده یا به کار رفته‌اند: {records}.</translation>
    </message>
    <message>
        <source>Name the applicant.</source>
        <translation>متقاضی را نام ببرید.</translation>
    </message>
    <message>
        <source>«{value}» is not a country the program knows.</source>
        <translation>«{value}» کشوری نیست که برنامه بشناسد.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>پرونده {file} وجود ندارد.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{file} کارپوشه اکسل (.xlsx) خواندنی نیست.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}; it has: {sheets}.</source>
        <translation>کارپوشه برگه‌ای به نام {sheet} ندارد؛ برگه‌های آن: {sheets}.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1256 text.</source>
        <translation>{file} نه متن UTF-8 است و نه Windows-1256.</translation>
    </message>
    <message>
        <source>The sheet {sheet} has no rows.</source>
        <translation>برگه {sheet} سطری ندارد.</translation>
    </message>
    <message>
        <source>This row names a delegation ({count} people), not one person: put each member on a row of their own.</source>
        <translation>این سطر یک هیئت ({count} نفر) است، نه یک نفر: هر عضو را در سطری جدا بنویسید.</translation>
    </message>
    <message>
        <source>Name the partner institution.</source>
        <translation>مؤسسه همکار را نام ببرید.</translation>
    </message>
    <message>
        <source>Name the guest or the delegation.</source>
        <translation>مهمان یا هیئت را نام ببرید.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>درگاه عددی از ۱ تا ۶۵۵۳۵ است.</translation>
    </message>
    <message>
        <source>Choose one of the TLS modes offered.</source>
        <translation>یکی از حالت‌های TLS پیشنهادشده را برگزینید.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be found.</source>
        <translation>پوشه {folder} پیدا نشد.</translation>
    </message>
    <message>
        <source>This computer has no credential store to keep the server&apos;s password in ({reason}). Install one (e.g. GNOME Keyring or KWallet on Linux; Windows has its own), or give the password in the IVC_DESK_DATABASE address for this run.</source>
        <translation>این رایانه انبار گذرواژه‌ای برای نگه‌داشتن گذرواژه کارساز ندارد ({reason}). یکی نصب کنید (مثلاً GNOME Keyring یا KWallet در لینوکس؛ ویندوز انبار خودش را دارد)، یا برای همین اجرا گذرواژه را در نشانی IVC_DESK_DATABASE بدهید.</translation>
    </message>
    <message>
        <source>The database address cannot be read; write it as postgresql://user@host:port/database.</source>
        <translation>نشانی پایگاه داده خوانا نیست؛ آن را به شکل postgresql://user@host:port/database بنویسید.</translation>
    </message>
    <message>
        <source>The database address needs a server and a database: postgresql://user@host:port/database.</source>
        <translation>نشانی پایگاه داده باید کارساز و پایگاه داده را داشته باشد: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the connection: {reason}</source>
        <translation>کارساز {server} اتصال را نپذیرفت: {reason}</translation>
    </message>
    <message>
        <source>There is no database at {path} to move.</source>
        <translation>در {path} پایگاه داده‌ای برای انتقال نیست.</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds records ({tables}); an office moves into an empty database only. Nothing was copied.</source>
        <translation>پایگاه داده کارساز از پیش سوابقی دارد ({tables})؛ انتقال دفتر فقط به پایگاه داده خالی ممکن است. چیزی رونوشت نشد.</translation>
    </message>
    <message>
        <source>The shared folder already has a different {path}; nothing was overwritten.</source>
        <translation>پوشه مشترک از پیش {path} دیگری دارد؛ چیزی بازنویسی نشد.</translation>
    </message>
    <message>
        <source>{actor} changed this record at {when} (UTC) after you opened it, so your changes were not saved. Reload to see theirs, or keep yours after comparing.</source>
        <translation>{actor} این سابقه را در {when} (UTC) پس از باز کردن شما تغییر داد، پس تغییرات شما ذخیره نشد. برای دیدن نسخه ایشان دوباره بارگذاری کنید، یا پس از مقایسه نسخه خود را نگه دارید.</translation>
    </message>
    <message>
        <source>{actor} changed this record at {when} (UTC) after you looked at it, so this step was not taken. It is now shown as it is: take the step again if it still applies.</source>
        <translation>{actor} این سابقه را در {when} (UTC) پس از آنکه شما آن را دیدید تغییر داد، پس این مرحله انجام نشد. اکنون سابقه همان‌گونه که هست نشان داده می‌شود: اگر این مرحله هنوز لازم است، دوباره انجامش دهید.</translation>
    </message>
    <message>
        <source>At most {limit} signatories, please.</source>
        <translation>حداکثر {limit} امضاکننده مجاز است.</translation>
    </message>
    <message>
        <source>Write the signatory&apos;s name (in Persian, English or both).</source>
        <translation>نام امضاکننده را بنویسید (فارسی، انگلیسی یا هر دو).</translation>
    </message>
    <message>
        <source>Write the signatory&apos;s position in this language too.</source>
        <translation>سمت امضاکننده را به این زبان هم بنویسید.</translation>
    </message>
    <message>
        <source>This signatory is already in the list.</source>
        <translation>این امضاکننده پیش‌تر در فهرست آمده است.</translation>
    </message>
    <message>
        <source>A document is issued only with a signatory: choose who signs it, or add a signatory (with a name and position in the document&apos;s language) in Settings › Signatories.</source>
        <translation>سند بدون امضاکننده صادر نمی‌شود: امضاکننده را انتخاب کنید، یا در تنظیمات › امضاکنندگان امضاکننده‌ای (با نام و سمت به زبان سند) بیفزایید.</translation>
    </message>
    <message>
        <source>Write the signatory&apos;s position: it is printed under the name.</source>
        <translation>سمت امضاکننده را بنویسید: زیر نام چاپ می‌شود.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی لغو شد؛ پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <source>The committee has not approved this candidate; there is no ordinance.</source>
        <translation>کمیته این نامزد را تصویب نکرده است؛ حکمی وجود ندارد.</translation>
    </message>
    <message>
        <source>Give the title in Persian or in English.</source>
        <translation>عنوان را به فارسی یا انگلیسی وارد کنید.</translation>
    </message>
    <message>
        <source>{name} is not a foreign guest; incoming participants are.</source>
        <translation>{name} مهمان خارجی نیست؛ شرکت‌کنندگان ورودی از مهمانان خارجی‌اند.</translation>
    </message>
    <message>
        <source>{name} is a foreign guest; outgoing participants are our own.</source>
        <translation>{name} مهمان خارجی است؛ شرکت‌کنندگان اعزامی از افراد خود دانشکده‌اند.</translation>
    </message>
    <message>
        <source>{name} already takes part in this programme.</source>
        <translation>{name} پیش‌تر در این برنامه ثبت شده است.</translation>
    </message>
    <message>
        <source>Only an outgoing participant has a support request.</source>
        <translation>فقط شرکت‌کننده اعزامی درخواست حمایت دارد.</translation>
    </message>
    <message>
        <source>Choose one of this person&apos;s own support requests.</source>
        <translation>یکی از درخواست‌های حمایت خود این شخص را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The programme has no participants to certify yet.</source>
        <translation>این برنامه هنوز شرکت‌کننده‌ای برای صدور گواهی ندارد.</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>Applicant</source>
        <translation>متقاضی</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Academic rank</source>
        <translation>مرتبه علمی</translation>
    </message>
    <message>
        <source>Supervisor (students)</source>
        <translation>استاد راهنما (دانشجویان)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>همایش</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>تاریخ شروع</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>نوع ارائه</translation>
    </message>
    <message>
        <source>Paper title</source>
        <translation>عنوان مقاله</translation>
    </message>
    <message>
        <source>Requested (rials)</source>
        <translation>درخواستی (ریال)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Approved (rials)</source>
        <translation>مصوب (ریال)</translation>
    </message>
    <message>
        <source>Paid (rials)</source>
        <translation>پرداخت‌شده (ریال)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاریخ پرداخت</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>تاریخ دریافت گزارش</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Conference funding requests</source>
        <translation>درخواست‌های حمایت از همایش</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Full name (Persian)</source>
        <translation>نام و نام خانوادگی (فارسی)</translation>
    </message>
    <message>
        <source>First name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Family name (Persian)</source>
        <translation>نام خانوادگی (فارسی)</translation>
    </message>
    <message>
        <source>Full name (Latin)</source>
        <translation>نام و نام خانوادگی (لاتین)</translation>
    </message>
    <message>
        <source>First name (Latin)</source>
        <translation>نام (لاتین)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>نام خانوادگی (لاتین)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>وابستگی سازمانی</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>پست الکترونیک</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <source>Second citizenship</source>
        <translation>تابعیت دوم</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>شماره گذرنامه</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <source>Partner institution</source>
        <translation>مؤسسه همکار</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>زمینه‌های همکاری</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>واحدها</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>مؤسسه‌های همکار</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>تفاهم‌نامه‌ها</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>مهمانان</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>واحد میزبان</translation>
    </message>
    <message>
        <source>Cost (rials)</source>
        <translation>هزینه (ریال)</translation>
    </message>
    <message>
        <source>The sheet&apos;s own number</source>
        <translation>شماره در خود برگه</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Faculty member</source>
        <translation>عضو هیئت علمی</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>دستیار تخصصی</translation>
    </message>
    <message>
        <source>PhD student</source>
        <translation>دانشجوی دکتری تخصصی</translation>
    </message>
    <message>
        <source>MSc student</source>
        <translation>دانشجوی کارشناسی ارشد</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانشجو</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Foreign guest</source>
        <translation>مهمان خارجی</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>مربی</translation>
    </message>
    <message>
        <source>Assistant professor</source>
        <translation>استادیار</translation>
    </message>
    <message>
        <source>Associate professor</source>
        <translation>دانشیار</translation>
    </message>
    <message>
        <source>Professor</source>
        <translation>استاد</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>گروه آموزشی</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>بیمارستان</translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation>مرکز تحقیقات</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>فسخ‌شده</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ابطال‌شده</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (۲۱۰ × ۲۹۷ میلی‌متر)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (۱۴۸ × ۲۱۰ میلی‌متر)</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>No PDF viewer opened the document. It was saved as %1</source>
        <translation>هیچ نمایشگر PDF سند را باز نکرد. سند در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <source>Move the chosen row up (Alt+Up)</source>
        <translation>انتقال ردیف انتخاب‌شده به بالا (Alt+بالا)</translation>
    </message>
    <message>
        <source>Move the chosen row down (Alt+Down)</source>
        <translation>انتقال ردیف انتخاب‌شده به پایین (Alt+پایین)</translation>
    </message>
</context>
</TS>
