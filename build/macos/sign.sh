#!/usr/bin/env bash
# Sign (and for the .dmg, notarise) a macOS build when the secrets are present; say so
# clearly and do nothing when they are not (a local or fork build stays unsigned).
#
#   build/macos/sign.sh app "dist/Kling Desktop.app"
#   build/macos/sign.sh dmg dist/KlingDesktop-0.1.0-arm64.dmg
#
# Secrets (GitHub Actions): MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD,
# MACOS_SIGNING_IDENTITY ("Developer ID Application: ..."), and for notarisation
# APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password).
set -euo pipefail
what="$1"
target="$2"
here="$(cd "$(dirname "$0")" && pwd)"

if [[ -z "${MACOS_SIGNING_IDENTITY:-}" || -z "${MACOS_CERTIFICATE:-}" ]]; then
    echo "macOS signing: skipped for $target (no MACOS_SIGNING_IDENTITY/MACOS_CERTIFICATE set); the build is unsigned"
    exit 0
fi

keychain="$RUNNER_TEMP/kling-signing.keychain-db"
if [[ ! -f "$keychain" ]]; then
    password="$(uuidgen)"
    echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
    security create-keychain -p "$password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$password" "$keychain"
    security import "$RUNNER_TEMP/certificate.p12" -P "$MACOS_CERTIFICATE_PASSWORD" \
        -A -t cert -f pkcs12 -k "$keychain"
    security set-key-partition-list -S apple-tool:,apple: -k "$password" "$keychain" >/dev/null
    security list-keychains -d user -s "$keychain"
fi

case "$what" in
app)
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$here/entitlements.plist" \
        --sign "$MACOS_SIGNING_IDENTITY" "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    ;;
dmg)
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$target"
    if [[ -z "${APPLE_ID:-}" || -z "${APPLE_TEAM_ID:-}" || -z "${APPLE_APP_PASSWORD:-}" ]]; then
        echo "macOS notarisation: skipped for $target (no APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD set)"
        exit 0
    fi
    xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$target"
    ;;
*)
    echo "usage: $0 app|dmg PATH" >&2
    exit 2
    ;;
esac
