#!/usr/bin/env bash
# Check that a jw-desktop package is the publisher's, before installing it.
#
#   verify_package.sh [--gpg-keyring UITGEVER.gpg] BESTAND [UITGEVER.pub]
#
# For admins; needs only bash, coreutils and minisign (apt-get install minisign), not
# jw-desktop itself. Checks:
# 1. BESTAND.minisig, the publisher's minisign signature (always required). The public key
#    is UITGEVER.pub, else the release's jw-desktop-uitgever.pub beside BESTAND, else the
#    key the installed app was installed with (/opt/jw-desktop/_internal/jw_desktop/
#    publisher.pub). The signed ("trusted") comment must name this very file; it also says
#    the version and platform, which are printed.
# 2. For a .deb, its built-in debsig signature (debsigs, type origin) with debsig-verify,
#    when --gpg-keyring names the publisher's GPG key (the release's
#    jw-desktop-uitgever.gpg), or when the jw-desktop debsig policy is installed on this
#    machine (/etc/debsig/policies/*/jw-desktop.pol; "cp -r debsig/* /" from the release
#    installs it). DEBSIG_ROOT=DIR looks for the installed policy under DIR instead of /
#    (debsig-verify --root). dpkg itself checks debsig signatures only when "no-debsig" is
#    removed from /etc/dpkg/dpkg.cfg, and then refuses every unsigned package.
# Compare the key id printed with the one the publisher announced (website, letter): a key
# sent together with a package proves nothing by itself.
# Prints one Dutch line; exit 0 when everything checked is right, 1 when a signature is
# wrong or missing, 2 when the command is used wrongly, 3 when a tool is missing.
set -uo pipefail

say_fail() { echo "$1" >&2; exit "${2:-1}"; }

usage() {
  cat <<'EOF'
Gebruik: verify_package.sh [--gpg-keyring UITGEVER.gpg] BESTAND [UITGEVER.pub]

Controleert of BESTAND (een jw-desktop-pakket of -installatieprogramma) echt van de
uitgever is, voordat u het installeert:
- de minisign-handtekening BESTAND.minisig, met de sleutel UITGEVER.pub (standaard
  jw-desktop-uitgever.pub naast BESTAND, anders de sleutel van het geïnstalleerde
  programma in /opt/jw-desktop); de handtekening moet bij precies dit bestand horen;
- bij een .deb ook de ingebouwde debsig-handtekening, als u met --gpg-keyring de
  GPG-sleutel van de uitgever meegeeft (jw-desktop-uitgever.gpg) of als het
  debsig-beleid van jw-desktop op deze computer staat (cp -r debsig/* /).
Vergelijk de sleutel-id die het script noemt met die de uitgever bekendmaakte.
Uitkomst: 0 = klopt, 1 = handtekening fout of ontbreekt, 2 = verkeerd gebruikt,
3 = er ontbreekt een programma (minisign, gpg, debsig-verify).
EOF
}

keyring=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --gpg-keyring) [ $# -ge 2 ] || say_fail "Na --gpg-keyring hoort het bestand met de GPG-sleutel van de uitgever." 2
                   keyring="$2"; shift 2 ;;
    --gpg-keyring=*) keyring="${1#*=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) say_fail "Onbekende optie $1. Gebruik: verify_package.sh [--gpg-keyring UITGEVER.gpg] BESTAND [UITGEVER.pub]" 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ "${#args[@]}" -lt 1 ] || [ "${#args[@]}" -gt 2 ]; then
  say_fail "Gebruik: verify_package.sh [--gpg-keyring UITGEVER.gpg] BESTAND [UITGEVER.pub]" 2
fi
file="${args[0]}"
pub="${args[1]:-}"
[ -f "$file" ] || say_fail "Het bestand $file bestaat niet: geef het pad naar het pakket dat u wilt controleren." 2
name="$(basename "$file")"

if [ -z "$pub" ]; then
  for candidate in "$(dirname "$file")/jw-desktop-uitgever.pub" \
                   /opt/jw-desktop/_internal/jw_desktop/publisher.pub; do
    if [ -f "$candidate" ]; then pub="$candidate"; break; fi
  done
  [ -n "$pub" ] || say_fail "Er is geen sleutel van de uitgever gevonden: leg jw-desktop-uitgever.pub van de uitgave naast $name of geef hem mee (verify_package.sh $name SLEUTEL.pub)." 2
fi
[ -f "$pub" ] || say_fail "De sleutel van de uitgever $pub bestaat niet: geef het pad naar jw-desktop-uitgever.pub." 2
command -v minisign >/dev/null 2>&1 || say_fail "minisign ontbreekt: installeer het eerst (apt-get install minisign) en controleer dan opnieuw." 3

sig="$file.minisig"
[ -f "$sig" ] || say_fail "Er is geen handtekening $name.minisig: download die bij de uitgever naast het pakket, en installeer het pakket niet zonder." 1

# minisign's key id: bytes 3-10 of the key's second line, little-endian, as minisign shows it
key_id="$(sed -n 2p "$pub" | base64 -d 2>/dev/null | od -An -tx1 -j2 -N8 2>/dev/null | tr -d ' \n')"
[ "${#key_id}" -eq 16 ] || say_fail "$pub is geen minisign-sleutel: gebruik jw-desktop-uitgever.pub van de uitgave." 2
signer=""
for ((i = 14; i >= 0; i -= 2)); do signer+="${key_id:i:2}"; done
signer="$(echo "$signer" | tr '[:lower:]' '[:upper:]')"

if ! comment="$(minisign -V -Q -p "$pub" -m "$file" -x "$sig" 2>/dev/null)"; then
  say_fail "De handtekening klopt NIET: $name is veranderd of niet ondertekend met de sleutel $signer. Installeer het niet en download het opnieuw bij de uitgever." 1
fi

version="" platform="" signed_name="" prefix=""
read -r prefix rest <<<"$comment"
for word in $rest; do
  case "$word" in
    versie=*) version="${word#versie=}" ;;
    platform=*) platform="${word#platform=}" ;;
    bestand=*) signed_name="${word#bestand=}" ;;
  esac
done
if [ "$prefix" != "jw-desktop-update" ] || [ -z "$version" ] || [ -z "$platform" ]; then
  say_fail "De handtekening klopt, maar is niet van een jw-desktop-pakket (\"$comment\"). Installeer $name niet." 1
fi
if [ "$signed_name" != "$name" ]; then
  say_fail "De handtekening hoort bij een ander bestand ($signed_name), niet bij $name. Installeer het niet; download het pakket en zijn .minisig opnieuw bij de uitgever." 1
fi

also=""
case "$name" in
  *.deb)
    policies=()
    debsig_root="${DEBSIG_ROOT:-}"
    for p in "$debsig_root"/etc/debsig/policies/*/jw-desktop.pol; do
      [ -f "$p" ] && policies+=("$p")
    done
    if [ -n "$keyring" ] || [ "${#policies[@]}" -gt 0 ]; then
      command -v debsig-verify >/dev/null 2>&1 || say_fail "debsig-verify ontbreekt: installeer het (apt-get install debsig-verify) of controleer zonder --gpg-keyring." 3
      if [ -n "$keyring" ]; then
        [ -f "$keyring" ] || say_fail "De GPG-sleutel $keyring bestaat niet: geef het pad naar jw-desktop-uitgever.gpg." 2
        command -v gpg >/dev/null 2>&1 || say_fail "gpg ontbreekt: installeer het (apt-get install gpg)." 3
        work="$(mktemp -d)"
        trap 'rm -rf "$work"' EXIT
        mkdir -m 700 "$work/gnupg"
        if ! GNUPGHOME="$work/gnupg" gpg --batch --quiet --import "$keyring" 2>/dev/null; then
          say_fail "$keyring is geen GPG-sleutel: gebruik jw-desktop-uitgever.gpg van de uitgave." 2
        fi
        gpg_ids="$(GNUPGHOME="$work/gnupg" gpg --batch --with-colons --list-keys 2>/dev/null | awk -F: '$1 == "pub" {print $5}')"
        [ -n "$gpg_ids" ] || say_fail "$keyring bevat geen GPG-sleutel: gebruik jw-desktop-uitgever.gpg van de uitgave." 2
        for id in $gpg_ids; do
          mkdir -p "$work/policies/$id" "$work/keyrings/$id"
          GNUPGHOME="$work/gnupg" gpg --batch --export "$id" > "$work/keyrings/$id/debsig.gpg"
          # the same policy as installer/linux/debsig/jw-desktop.pol.in
          cat > "$work/policies/$id/jw-desktop.pol" <<EOF
<?xml version="1.0"?>
<!DOCTYPE Policy SYSTEM "https://www.debian.org/debsig/1.0/policy.dtd">
<Policy xmlns="https://www.debian.org/debsig/1.0/">
  <Origin Name="jw-desktop" id="$id" Description="jw-desktop uitgever"/>
  <Selection>
    <Required Type="origin" File="debsig.gpg" id="$id"/>
  </Selection>
  <Verification MinOptional="0">
    <Required Type="origin" File="debsig.gpg" id="$id"/>
  </Verification>
</Policy>
EOF
        done
        debsig=(debsig-verify --policies-dir "$work/policies" --keyrings-dir "$work/keyrings")
      else
        debsig=(debsig-verify)
        [ -n "$debsig_root" ] && debsig+=(--root "$debsig_root")
        gpg_ids="$(basename "$(dirname "${policies[0]}")")"
      fi
      if ! "${debsig[@]}" "$file" >/dev/null 2>&1; then
        say_fail "De ingebouwde debsig-handtekening van $name klopt NIET of ontbreekt (GPG-sleutel $(echo $gpg_ids)). Installeer het niet en download het opnieuw bij de uitgever." 1
      fi
      also=" en met de GPG-sleutel $(echo $gpg_ids) (debsig)"
    fi
    ;;
esac

echo "Handtekening klopt: jw-desktop $version voor $platform, ondertekend door de uitgeverssleutel $signer ($pub)$also."
exit 0
