#!/bin/sh
# Builds Rapport's jpackage app image and, on Linux, a .deb, with the icon from assets/.
# jpackage only builds for the OS it runs on. Usage: installer/build.sh [app-image|deb|all]
# Needs a JDK 17+ with jpackage, Maven, and for .deb: fakeroot and binutils.
set -eu
cd "$(dirname "$0")/.."
what="${1:-all}"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -n 1)
version="${version:-0.1.0}"

[ -f target/rapport.jar ] || mvn -q -B -DskipTests package

out=target/installer
input=$out/input
rm -rf "$out"
mkdir -p "$input/lib"
cp target/rapport.jar "$input/"
# JavaFX goes into the runtime image as modules; everything else rides on the class path
for j in target/lib/*.jar; do
    case "$(basename "$j")" in
        javafx-*) ;;
        *) cp "$j" "$input/lib/" ;;
    esac
done
modules=$(ls target/lib/javafx-*-linux.jar target/lib/javafx-*-win.jar target/lib/javafx-*-mac*.jar 2>/dev/null \
    | tr '\n' ':' | sed 's/:$//')

os=$(uname -s)
osargs=""
[ "$os" = "Linux" ] && osargs=@installer/linux/jpackage-linux.txt

if [ "$what" = "app-image" ] || [ "$what" = "all" ]; then
    jpackage @installer/jpackage-common.txt $osargs --type app-image --app-version "$version" \
        --input "$input" --module-path "$modules" --dest "$out"
    echo "app image: $out/Rapport"
fi
if [ "$os" = "Linux" ] && { [ "$what" = "deb" ] || [ "$what" = "all" ]; }; then
    jpackage @installer/jpackage-common.txt $osargs @installer/linux/jpackage-deb.txt --type deb \
        --app-version "$version" \
        --input "$input" --module-path "$modules" --dest "$out"
    ls "$out"/*.deb
fi
