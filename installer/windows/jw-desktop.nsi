; jw-desktop: the Windows installer (NSIS 3.08+, Modern UI 2, Unicode, Dutch only).
;
; Built by installer/windows/build_installer.py (which signs the program files first and has
; NSIS sign the uninstaller and this installer through !uninstfinalize / !finalize), or by hand:
;   makensis -DBUNDLE=dist\jw-desktop -DVERSION=0.1.0 -DOUTFILE=jw-desktop-setup-0.1.0.exe jw-desktop.nsi
;
; A 64-bit installer (Target amd64-unicode): the program is 64-bit only, so the installer sees
; the 64-bit registry and "C:\Program Files" natively instead of through WOW64 redirection.
;
; Command line (besides NSIS's own /S for silent and /D=folder, which must come last):
;   /ENROLL=pad\naar\inschrijfbewijs.json  copy the central's enrolment file into the site folder
;   /SYNCMAP=\\server\share\jw             the sync folder, written to jw-desktop.ini
;   /FORCE                                 install even over a newer installed version
; Uninstaller: /S silent, /WISSEN also removes the site folder (configuration + enrolment).
; Exit codes: 0 done, 1 cancelled by the user, 2 refused (see the message; in silent mode
; nothing is shown, only the exit code).

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin
!ifdef UNCOMPRESSED
  ; only for tests: the strings of the compiled pages can be read back from the file
  SetCompress off
!else
  ; NSIS's start-up windows ("verifying installer", "unpacking data", only shown when a
  ; check takes over a second) and its "installer corrupted" message are compiled into the
  ; NSIS stub in English; everything from the first page on is Dutch
  SetCompressor /SOLID lzma
!endif

!ifndef BUNDLE
  !error "BUNDLE ontbreekt: makensis -DBUNDLE=map\met\jw-desktop.exe ..."
!endif
!ifndef VERSION
  !error "VERSION ontbreekt: makensis -DVERSION=0.1.0 ..."
!endif
!ifndef VERSION_NUM
  ; Windows wants four numbers in the file's version resource
  !define VERSION_NUM "${VERSION}.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "jw-desktop-setup-${VERSION}.exe"
!endif

; Authenticode: build_installer.py passes a command that signs the file named by %1 in place.
; The uninstaller is signed before it is packed into the installer, the installer last.
!ifdef SIGNCMD
  !uninstfinalize '${SIGNCMD} "%1"' = 0
  !finalize '${SIGNCMD} "%1"' = 0
!endif

!define APP "jw-desktop"
!define PUBLISHER "Jongleren&Werken"
!define UNINSTALLER "jw-desktop-verwijderen.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\jw-desktop"
!define CLASSKEY "Software\Classes\jw-desktop"
!define APPPATHKEY "Software\Microsoft\Windows\CurrentVersion\App Paths\jw-desktop.exe"
; contract 4: paths.site_dir() on Windows; $APPDATA is C:\ProgramData under SetShellVarContext all
!define SITESUB "JongelerenEnWerken\jw-desktop"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "nsDialogs.nsh"

Name "jw-desktop"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\jw-desktop"
BrandingText "jw-desktop ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_NUM}"
VIAddVersionKey /LANG=1043 "ProductName" "jw-desktop"
VIAddVersionKey /LANG=1043 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1043 "FileDescription" "Installatieprogramma van jw-desktop"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "${PUBLISHER}, EUPL-1.2"

Var EnrollFile
Var SyncMap
Var Force
Var Wipe
Var WipeCheckbox
Var IniHandle

; --- pages ------------------------------------------------------------------------------
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_ICON "${NSISDIR}\Contrib\Graphics\Icons\modern-install.ico"
!define MUI_UNICON "${NSISDIR}\Contrib\Graphics\Icons\modern-uninstall.ico"

!define MUI_WELCOMEPAGE_TEXT "$(TXT_WELCOME)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_NOTCHECKED
!define MUI_FINISHPAGE_RUN_TEXT "$(TXT_RUN)"
!define MUI_FINISHPAGE_RUN_FUNCTION RunUnelevated
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.WipePage un.WipePageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; The only language: every page, button and message is Dutch (NSIS's Dutch.nlf + MUI's Dutch.nsh
; and the strings below).
!insertmacro MUI_LANGUAGE "Dutch"

LangString TXT_WELCOME ${LANG_DUTCH} "Met deze wizard installeert u jw-desktop ${VERSION} voor alle gebruikers van deze computer.$\r$\n$\r$\nDe gegevens van elke gebruiker (leerroutes, bewijzen) staan in diens eigen profiel en worden niet aangeraakt.$\r$\n$\r$\n$_CLICK"
LangString TXT_RUN ${LANG_DUTCH} "jw-desktop nu starten"
LangString TXT_NOT64 ${LANG_DUTCH} "jw-desktop werkt alleen op 64-bits Windows."
LangString TXT_NEWER ${LANG_DUTCH} "Op deze computer is al een nieuwere versie van jw-desktop geïnstalleerd ($0) dan deze ($1). Er is niets veranderd. Verwijder eerst de nieuwere versie of start dit installatieprogramma met /FORCE."
LangString TXT_NOENROLL ${LANG_DUTCH} "Het inschrijfbewijs $EnrollFile (opgegeven met /ENROLL) bestaat niet. Er is niets geïnstalleerd."
LangString TXT_COPYFAIL ${LANG_DUTCH} "Het inschrijfbewijs kon niet worden gekopieerd naar $0."
LangString TXT_INIFAIL ${LANG_DUTCH} "Het instellingenbestand $0 kon niet worden geschreven."
LangString TXT_SHORTCUT ${LANG_DUTCH} "jw-desktop: leerroutes van Jongleren&Werken"
LangString TXT_WIPE_TITLE ${LANG_DUTCH} "Instellingen van deze computer"
LangString TXT_WIPE_SUB ${LANG_DUTCH} "Kies of de instellingen van deze computer bewaard blijven."
LangString TXT_WIPE_INFO ${LANG_DUTCH} "De gegevens van de gebruikers (leerroutes, bewijzen, back-ups in %LOCALAPPDATA%\JongelerenEnWerken\jw-desktop van elk profiel) blijven altijd bewaard.$\r$\n$\r$\nDe instellingen van deze computer (de synchronisatiemap en het inschrijfbewijs in $APPDATA\${SITESUB}) blijven ook bewaard, tenzij u hieronder kiest om ze te wissen."
LangString TXT_WIPE_BOX ${LANG_DUTCH} "Instellingen en inschrijfbewijs van deze computer wissen"

; --- helpers ----------------------------------------------------------------------------

; Start the program as the logged-in user (through Explorer), not with the installer's
; administrator rights: its data belongs in the user's own profile.
Function RunUnelevated
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\jw-desktop-gui.exe"'
FunctionEnd

; Write $R0 to the file $IniHandle as UTF-8 (contract 4: jw-desktop.ini is UTF-8; NSIS's own
; FileWrite writes the ANSI code page and WriteINIStr too). Clobbers $R1-$R4.
Function WriteUtf8
  System::Call 'kernel32::WideCharToMultiByte(i 65001, i 0, w R0, i -1, p 0, i 0, p 0, p 0) i .R1'
  ${If} $R1 > 1
    System::Alloc $R1
    Pop $R2
    System::Call 'kernel32::WideCharToMultiByte(i 65001, i 0, w R0, i -1, p R2, i R1, p 0, p 0) i .R1'
    IntOp $R1 $R1 - 1
    System::Call 'kernel32::WriteFile(p $IniHandle, p R2, i R1, *i 0 R3, p 0) i .R4'
    System::Free $R2
    ${If} $R4 == 0
      SetErrors
    ${EndIf}
  ${EndIf}
FunctionEnd

!macro WriteLine TEXT
  StrCpy $R0 "${TEXT}$\r$\n"
  Call WriteUtf8
!macroend

; /ENROLL and /SYNCMAP: the site configuration (contract 4) in %ProgramData%. Written only
; when one of them is given; a value not given this time is kept from the earlier file.
Function WriteSiteConfig
  ${If} $EnrollFile == ""
  ${AndIf} $SyncMap == ""
    Return
  ${EndIf}
  StrCpy $5 "$APPDATA\${SITESUB}"
  CreateDirectory "$5"
  ${If} $EnrollFile != ""
    ; beside first, then into place: an interrupted copy never leaves half an enrolment
    StrCpy $0 "$5\inschrijfbewijs.json"
    ClearErrors
    CopyFiles /SILENT "$EnrollFile" "$5\inschrijfbewijs.json.nieuw"
    ${If} ${Errors}
      Delete "$5\inschrijfbewijs.json.nieuw"
      MessageBox MB_ICONSTOP "$(TXT_COPYFAIL)" /SD IDOK
      SetErrorLevel 2
      Abort
    ${EndIf}
    Delete "$0"
    Rename "$5\inschrijfbewijs.json.nieuw" "$0"
  ${EndIf}
  ; what is kept from an earlier jw-desktop.ini
  StrCpy $6 ""
  ${If} ${FileExists} "$5\inschrijfbewijs.json"
    StrCpy $6 "inschrijfbewijs.json"
  ${EndIf}
  StrCpy $7 $SyncMap
  ${If} $7 == ""
    ReadINIStr $7 "$5\jw-desktop.ini" "synchronisatie" "map"
  ${EndIf}
  StrCpy $0 "$5\jw-desktop.ini"
  ClearErrors
  FileOpen $IniHandle "$0.nieuw" w
  ${If} ${Errors}
    MessageBox MB_ICONSTOP "$(TXT_INIFAIL)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  !insertmacro WriteLine "; jw-desktop: instellingen voor alle gebruikers van deze computer"
  !insertmacro WriteLine "; (geschreven door het installatieprogramma van jw-desktop ${VERSION})"
  !insertmacro WriteLine ""
  !insertmacro WriteLine "[inschrijving]"
  ${If} $6 != ""
    !insertmacro WriteLine "bestand = $6"
  ${Else}
    !insertmacro WriteLine "; bestand = inschrijfbewijs.json"
  ${EndIf}
  !insertmacro WriteLine ""
  !insertmacro WriteLine "[synchronisatie]"
  ${If} $7 != ""
    !insertmacro WriteLine "map = $7"
  ${Else}
    !insertmacro WriteLine "; map = \\server\share\jw"
  ${EndIf}
  FileClose $IniHandle
  ${If} ${Errors}
    Delete "$0.nieuw"
    MessageBox MB_ICONSTOP "$(TXT_INIFAIL)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  Delete "$0"
  Rename "$0.nieuw" "$0"
  DetailPrint "Instellingen geschreven: $0"
FunctionEnd

; The command line as GetOptions reads it: an argument quoted whole, "/SYNCMAP=\\srv\a b"
; (how PowerShell's Start-Process and cmd users quote a value with spaces), becomes
; /SYNCMAP="\\srv\a b". In and out: $R9. Clobbers $R0-$R6.
Function NormalizeParams
  StrCpy $R0 ""
  StrCpy $R1 0
  StrCpy $R3 " "
  StrCpy $R5 0  ; inside such an argument (its opening quote dropped)
  StrCpy $R6 0  ; its '=' seen (and a quote put after it)
  ${Do}
    StrCpy $R2 $R9 1 $R1
    ${If} $R2 == ""
      ${Break}
    ${EndIf}
    IntOp $R1 $R1 + 1
    ${If} $R5 == 0
      StrCpy $R4 $R9 1 $R1
      ${If} $R2 == '"'
      ${AndIf} $R3 == " "
      ${AndIf} $R4 == "/"
        StrCpy $R5 1
        StrCpy $R6 0
      ${Else}
        StrCpy $R0 "$R0$R2"
      ${EndIf}
    ${ElseIf} $R2 == '"'
      StrCpy $R5 0
      ${If} $R6 == 1
        StrCpy $R0 '$R0"'
      ${EndIf}
    ${ElseIf} $R2 == "="
    ${AndIf} $R6 == 0
      StrCpy $R6 1
      StrCpy $R0 '$R0="'
    ${Else}
      StrCpy $R0 "$R0$R2"
    ${EndIf}
    StrCpy $R3 $R2
  ${Loop}
  ${If} $R5 == 1
  ${AndIf} $R6 == 1
    StrCpy $R0 '$R0"'
  ${EndIf}
  StrCpy $R9 $R0
FunctionEnd

; --- install ----------------------------------------------------------------------------

Function .onInit
  SetShellVarContext all
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(TXT_NOT64)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  ${GetParameters} $R9
  Call NormalizeParams
  ClearErrors
  ${GetOptions} $R9 "/ENROLL=" $EnrollFile
  ${If} ${Errors}
    StrCpy $EnrollFile ""
  ${EndIf}
  ClearErrors
  ${GetOptions} $R9 "/SYNCMAP=" $SyncMap
  ${If} ${Errors}
    StrCpy $SyncMap ""
  ${EndIf}
  ClearErrors
  ${GetOptions} $R9 "/FORCE" $0
  ${If} ${Errors}
    StrCpy $Force 0
  ${Else}
    StrCpy $Force 1
  ${EndIf}
  ${If} $EnrollFile != ""
    ; a relative path is taken from the folder the installer was started in
    GetFullPathName $0 $EnrollFile
    ${If} $0 != ""
      StrCpy $EnrollFile $0
    ${EndIf}
    ${IfNot} ${FileExists} "$EnrollFile"
      MessageBox MB_ICONSTOP "$(TXT_NOENROLL)" /SD IDOK
      SetErrorLevel 2
      Abort
    ${EndIf}
  ${EndIf}
  ; An earlier installation: install into its folder (unless /D= chose another one), and never
  ; over a newer version unless /FORCE.
  ReadRegStr $0 HKLM "${UNINSTKEY}" "DisplayVersion"
  ReadRegStr $2 HKLM "${UNINSTKEY}" "InstallLocation"
  ${If} $2 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\jw-desktop"
    StrCpy $INSTDIR $2
  ${EndIf}
  ${If} $0 != ""
    StrCpy $1 "${VERSION}"
    ${VersionCompare} $0 $1 $3
    ${If} $3 == 1
    ${AndIf} $Force != 1
      MessageBox MB_ICONSTOP "$(TXT_NEWER)" /SD IDOK
      SetErrorLevel 2
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "jw-desktop" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files: the old bundle's modules go first, so nothing of
  ; an older version is left beside the new one.
  RMDir /r "$INSTDIR\_internal"
  File "${BUNDLE}\jw-desktop.exe"
  File "${BUNDLE}\jw-desktop-gui.exe"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\jw-desktop.lnk" "$INSTDIR\jw-desktop-gui.exe" "" \
    "$INSTDIR\jw-desktop-gui.exe" 0 SW_SHOWNORMAL "" "$(TXT_SHORTCUT)"

  ; Apps & features / Programs and Features
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "jw-desktop"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\jw-desktop-gui.exe,0"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" "$0"

  ; the jw-desktop: links (the same handler as the Linux desktop entry's x-scheme-handler)
  WriteRegStr HKLM "${CLASSKEY}" "" "URL:jw-desktop"
  WriteRegStr HKLM "${CLASSKEY}" "URL Protocol" ""
  WriteRegStr HKLM "${CLASSKEY}\DefaultIcon" "" "$INSTDIR\jw-desktop-gui.exe,0"
  WriteRegStr HKLM "${CLASSKEY}\shell\open\command" "" '"$INSTDIR\jw-desktop-gui.exe" "%1"'

  ; "jw-desktop" in Win+R and Start-Process; the command line itself is not put on PATH
  ; (README-install-windows.md says how an admin adds it)
  WriteRegStr HKLM "${APPPATHKEY}" "" "$INSTDIR\jw-desktop.exe"
  WriteRegStr HKLM "${APPPATHKEY}" "Path" "$INSTDIR"

  Call WriteSiteConfig
SectionEnd

; --- uninstall --------------------------------------------------------------------------

Function un.onInit
  SetShellVarContext all
  StrCpy $Wipe 0
  ${GetParameters} $R9
  ClearErrors
  ${GetOptions} $R9 "/WISSEN" $0
  ${IfNot} ${Errors}
    StrCpy $Wipe 1
  ${EndIf}
FunctionEnd

Function un.WipePage
  !insertmacro MUI_HEADER_TEXT "$(TXT_WIPE_TITLE)" "$(TXT_WIPE_SUB)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 60% "$(TXT_WIPE_INFO)"
  Pop $0
  ${NSD_CreateCheckbox} 0 65% 100% 12u "$(TXT_WIPE_BOX)"
  Pop $WipeCheckbox
  ${If} $Wipe == 1
    ${NSD_Check} $WipeCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.WipePageLeave
  ${NSD_GetState} $WipeCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $Wipe 1
  ${Else}
    StrCpy $Wipe 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ; only what the installer put there: never a recursive delete of $INSTDIR itself, which
  ; could be a folder the admin chose with other things in it
  Delete "$INSTDIR\jw-desktop.exe"
  Delete "$INSTDIR\jw-desktop-gui.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\jw-desktop.lnk"

  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "${CLASSKEY}"
  DeleteRegKey HKLM "${APPPATHKEY}"

  ; The users' own data (%LOCALAPPDATA%\JongelerenEnWerken\jw-desktop in every profile) is
  ; never touched. The site folder goes only with /WISSEN or the checkbox.
  ${If} $Wipe == 1
    RMDir /r "$APPDATA\${SITESUB}"
    RMDir "$APPDATA\JongelerenEnWerken"
    DetailPrint "Instellingen van deze computer gewist: $APPDATA\${SITESUB}"
  ${Else}
    DetailPrint "Instellingen van deze computer bewaard: $APPDATA\${SITESUB}"
  ${EndIf}
SectionEnd
