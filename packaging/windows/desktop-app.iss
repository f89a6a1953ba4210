; Inno Setup script: wraps the PyInstaller one-folder bundle (dist\desktop-app) into a per-user installer.
; Build on Windows: `make package` (or pyinstaller packaging\desktop-app.spec), then `iscc packaging\windows\desktop-app.iss`.
; Per-user install (no admin rights): practitioners' workstations are often locked down.
[Setup]
AppId={{6C1F5E43-3B7E-4D0B-9E8E-5A0C2D7F1A11}
AppName=Pro Santé Connect — client de référence
AppVersion=0.1.0
AppPublisher=desktop-app contributors
DefaultDirName={localappdata}\Programs\desktop-app
DefaultGroupName=Pro Santé Connect
PrivilegesRequired=lowest
OutputBaseFilename=desktop-app-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\desktop-app\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Pro Santé Connect"; Filename: "{app}\desktop-app.exe"
Name: "{userdesktop}\Pro Santé Connect"; Filename: "{app}\desktop-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
