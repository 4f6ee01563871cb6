; Inno Setup script for IVC Desk's Windows installer (see packaging/README.md).
;
; Build the one-folder bundle first (pyinstaller packaging\ivc-desk.spec), then compile this with
; Inno Setup 6.3 or later:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\ivc-desk.iss
; The installer is written to build\installer\ivc-desk-<version>-setup.exe.
;
; Languages: English always. Persian when a Persian message file is found: Inno Setup does not ship one
; (Persian is among its unofficial translations), so put Persian.isl from the Inno Setup translations page
; next to this script, or into Inno Setup's Languages folder.
;
; Data: IVC Desk keeps its database, backups, attachments and issued documents in the user's data folder
; (%LOCALAPPDATA%\ivc-desk, or IVC_DESK_HOME), never in the installation folder. The uninstaller removes
; only what it installed, so the data stays; it says where the data is.
;
; This file is UTF-8 with a byte order mark: Inno Setup needs the mark to read the Persian messages.

#define AppName "IVC Desk"
#define AppExeName "ivc-desk.exe"
#define CliExeName "ivc-desk-cli.exe"
#define Bundle AddBackslash(SourcePath) + "..\build\dist\ivc-desk"

#if !FileExists(Bundle + "\" + AppExeName) || !FileExists(Bundle + "\" + CliExeName)
  #error The bundle is missing: run "pyinstaller --noconfirm --clean --distpath build\dist --workpath build\work packaging\ivc-desk.spec" first.
#endif

; The version comes from the executable's version resource (set by ivc-desk.spec from app/__init__.py);
; "ISCC /DAppVersion=1.2.3 ..." overrides it.
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error The executable has no version resource; pass /DAppVersion=X.Y.Z to ISCC.
#endif

#if FileExists(AddBackslash(SourcePath) + "Persian.isl")
  #define PersianIsl AddBackslash(SourcePath) + "Persian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Persian.isl")
  #define PersianIsl AddBackslash(CompilerPath) + "Languages\Persian.isl"
#endif

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{B690299E-659D-4191-9CAC-D8C44F16E62B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per-user install by default (no administrator rights needed, installs under %LOCALAPPDATA%\Programs);
; the wizard offers "install for all users" to an administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\build\installer
OutputBaseFilename=ivc-desk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\ivc-desk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Ask to close a running IVC Desk before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#ifdef PersianIsl
Name: "persian"; MessagesFile: "{#PersianIsl}"
#endif

[CustomMessages]
english.DataKept=Your IVC Desk data (database, backups, attachments and issued documents) has not been removed. It remains in:%n%n%1%n%nDelete that folder yourself only if the data is no longer needed.
english.CommandLine=IVC Desk command line
#ifdef PersianIsl
persian.DataKept=داده‌های میز معاونت بین‌الملل (پایگاه داده، پشتیبان‌ها، پیوست‌ها و اسناد صادرشده) پاک نشد و در این پوشه باقی است:%n%n%1%n%nتنها اگر دیگر به این داده‌ها نیازی نیست، آن پوشه را خودتان پاک کنید.
persian.CommandLine=خط فرمان میز معاونت بین‌الملل
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole: files a newer build no longer has must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: ivc-desk.exe (the program), ivc-desk-cli.exe (the same with a console, for
; the command line) and _internal\ (Python, Qt, fonts, translations, database migrations).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon
; A command prompt in the installation folder, where "ivc-desk-cli list letters" and the like work as typed.
Name: "{autoprograms}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ivc-desk-cli --help"; WorkingDir: "{app}"; IconFilename: "{app}\{#CliExeName}"

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes exactly what was installed and leaves the data folder alone.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := GetEnv('IVC_DESK_HOME');
    if DataDir = '' then
      DataDir := ExpandConstant('{localappdata}\ivc-desk');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
