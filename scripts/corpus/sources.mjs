// Where the corpus comes from: permissively licensed source code in Debian 12 packages and on npm,
// pinned to exact versions so that the selection (and public/sample/) is reproducible. Each source says
// which folder of the package holds code of which language, and how its licence is checked:
//   - Debian: the DEP-5 `/usr/share/doc/<pkg>/copyright` paragraph covering `licenceFiles` must name
//     `debianLicence` (or a licence file must match `licencePattern`); `licence` is its SPDX spelling.
//   - npm: the `license` field of the nearest package.json above each file must be in PERMISSIVE_LICENCES
//     (bundled dependencies are checked one by one).
//
// Left out on purpose:
//   - OpenJDK 17's src.zip (openjdk-17-source): GPL-2.0 WITH Classpath-exception-2.0. The exception only
//     lets programs link against the class library; the source itself is GPL, a copyleft licence, so it is
//     not "permissively licensed". Java comes from Apache/MIT Android code on npm instead. (The tiny-roberta
//     fixture's tokenizer corpus does use it; scripts/rebuild-fixture-corpus.mjs fetches it for that
//     test only and nothing of it is redistributed.)
//   - C from glibc/Linux headers (LGPL/GPL); Debian ships no permissive C library sources as installable
//     files, so C is example programs and public headers of curl, zlib, libuv and expat.

/** SPDX ids (and simple expressions of them) accepted as permissive. */
export const PERMISSIVE_LICENCES = new Set([
  'MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Zlib', 'BSL-1.0', 'PSF-2.0', 'curl',
  'Unlicense', 'CC0-1.0', 'BlueOak-1.0.0', 'Python-2.0', 'MIT OR Apache-2.0', 'Apache-2.0 OR MIT',
  'Ruby OR BSD-2-Clause', 'BSD-2-Clause AND BSD-3-Clause AND MIT', '(MIT OR CC0-1.0)', 'MIT OR CC0-1.0',
  'PostgreSQL', 'Artistic-2.0',
]);

/** First line of a script naming a POSIX-family shell (files in bin/ have no extension). */
export const SHELL_SHEBANG = /^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba|da|k)?sh\b/;

/** Never corpus material: test suites and their data, declarations, minified bundles. Applies to every source. */
export const ALWAYS_EXCLUDED = /(^|\/)(tests?|testdata|__tests__|__mocks__|idle_test|benches|fixtures?)\/|\.d\.[cm]?ts$|\.min\.js$/i;

/**
 * language: folder name in the output. from: { deb, version } or { npm: 'name@version' }.
 * root: folder inside the package; include: regex on the path below root, and/or `shebang: true` for
 * shell scripts without an extension; exclude: more to leave out besides ALWAYS_EXCLUDED.
 */
export const SOURCES = [
  // --- python (Debian splits the standard library over two packages; same licence, same folder)
  { name: 'python3.11', language: 'python', from: { deb: 'libpython3.11-minimal', version: '3.11.2-6+deb12u8' },
    licence: 'PSF-2.0', licenceFile: 'usr/share/doc/libpython3.11-minimal/copyright', licencePattern: /PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2/,
    root: 'usr/lib/python3.11', include: /\.py$/, exclude: /(^|\/)(site|dist)-packages\// },
  { name: 'python3.11', language: 'python', from: { deb: 'libpython3.11-stdlib', version: '3.11.2-6+deb12u8' },
    licence: 'PSF-2.0', licenceFile: 'usr/lib/python3.11/LICENSE.txt', licencePattern: /PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2/,
    root: 'usr/lib/python3.11', include: /\.py$/, exclude: /(^|\/)(site|dist)-packages\// },
  // --- go
  { name: 'golang-1.19-src', language: 'go', from: { deb: 'golang-1.19-src', version: '1.19.8-2' },
    licence: 'BSD-3-Clause', debianLicence: 'Go', licenceFiles: '*',
    root: 'usr/share/go-1.19/src', include: /\.go$/, exclude: /(^|\/)(testdata|vendor)\/|_test\.go$/ },
  // --- ruby
  { name: 'ruby3.1-stdlib', language: 'ruby', from: { deb: 'libruby3.1', version: '3.1.7+really3.1.2-0+deb12u1' },
    licence: 'Ruby OR BSD-2-Clause', debianLicence: 'BSD-2-clause or Ruby', licenceFiles: '*',
    root: 'usr/lib/ruby/3.1.0', include: /\.rb$/ },
  // --- php
  ...['console', 'http-foundation', 'finder', 'process', 'yaml', 'string'].map((c) => ({
    name: `symfony-${c}`, language: 'php', from: { deb: `php-symfony-${c}`, version: '5.4.53+dfsg-0+deb12u1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/Symfony/Component', include: /\.php$/,
  })),
  { name: 'composer', language: 'php', from: { deb: 'composer', version: '2.5.5-1+deb12u5' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/Composer', include: /\.php$/ },
  { name: 'league-commonmark', language: 'php', from: { deb: 'php-league-commonmark', version: '2.3.9-1+deb12u1' },
    licence: 'BSD-2-Clause AND BSD-3-Clause AND MIT', debianLicence: 'BSD-2-Clause and BSD-3-Clause and Expat', licenceFiles: '*',
    root: 'usr/share/php/League/CommonMark', include: /\.php$/ },
  { name: 'monolog', language: 'php', from: { deb: 'php-monolog', version: '2.9.1-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/Monolog', include: /\.php$/ },
  { name: 'guzzlehttp-psr7', language: 'php', from: { deb: 'php-guzzlehttp-psr7', version: '2.4.5-1+deb12u1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/GuzzleHttp/Psr7', include: /\.php$/ },
  // --- c
  { name: 'curl-examples', language: 'c', from: { deb: 'libcurl4-doc', version: '7.88.1-10+deb12u15' },
    licence: 'curl', debianLicence: 'curl', licenceFiles: '*', root: 'usr/share/doc/libcurl4/examples', include: /\.c$/ },
  { name: 'zlib', language: 'c', from: { deb: 'zlib1g-dev', version: '1:1.2.13.dfsg-1' },
    licence: 'Zlib', debianLicence: 'Zlib', licenceFiles: '*', root: 'usr', include: /\.[ch]$/ },
  { name: 'libuv', language: 'c', from: { deb: 'libuv1-dev', version: '1.44.2-1+deb12u1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/include', include: /\.h$/ },
  { name: 'expat', language: 'c', from: { deb: 'libexpat1-dev', version: '2.5.0-1+deb12u2' },
    licence: 'MIT', debianLicence: 'MIT', licenceFiles: '*', root: 'usr/include', include: /\.h$/ },
  // --- cpp
  { name: 'googletest', language: 'cpp', from: { deb: 'googletest', version: '1.12.1-0.2' },
    licence: 'BSD-3-Clause', debianLicence: 'BSD-C3', licenceFiles: '*', root: 'usr/src/googletest', include: /\.(cc|h)$/ },
  { name: 'nlohmann-json', language: 'cpp', from: { deb: 'nlohmann-json3-dev', version: '3.11.2-2' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/include/nlohmann', include: /\.hpp$/ },
  { name: 'fmt', language: 'cpp', from: { deb: 'libfmt-dev', version: '9.1.0+ds1-2' },
    licence: 'MIT', debianLicence: 'Expat with embedded exception', licenceFiles: '*', root: 'usr/include/fmt', include: /\.h$/ },
  { name: 'spdlog', language: 'cpp', from: { deb: 'libspdlog-dev', version: '1:1.10.0+ds-0.4' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/include/spdlog', include: /\.h$/ },
  { name: 'catch2', language: 'cpp', from: { deb: 'catch2', version: '2.13.10-1' },
    licence: 'BSL-1.0', debianLicence: 'Boost-1.0', licenceFiles: '*', root: 'usr/include/catch2', include: /\.hpp$/ },
  { name: 'react-native-common', language: 'cpp', from: { npm: 'react-native@0.76.9' }, root: 'ReactCommon', include: /\.cpp$/ },
  // --- rust
  { name: 'rust-library', language: 'rust', from: { deb: 'rust-src', version: '1.63.0+dfsg1-2' },
    licence: 'MIT OR Apache-2.0', debianLicence: 'MIT or Apache-2.0', licenceFiles: 'library/*',
    root: 'usr/src/rustc-1.63.0/library', include: /\.rs$/ },
  // --- shell
  { name: 'git-extras', language: 'shell', from: { deb: 'git-extras', version: '6.5.0-1' },
    licence: 'MIT', debianLicence: 'MIT', licenceFiles: '*', root: 'usr/bin', shebang: true },
  { name: 'bats', language: 'shell', from: { deb: 'bats', version: '1.8.2-1' },
    licence: 'MIT', debianLicence: 'MIT', licenceFiles: '*', root: 'usr', include: /\.bash$/, shebang: true },
  { name: 'shunit2', language: 'shell', from: { deb: 'shunit2', version: '2.1.8-3' },
    licence: 'Apache-2.0', debianLicence: 'Apache-2.0', licenceFiles: '*', root: 'usr/share', include: /\.sh$/, shebang: true },
  // --- java (see above: no OpenJDK)
  { name: 'react-native-android', language: 'java', from: { npm: 'react-native@0.76.9' }, root: 'ReactAndroid/src/main/java', include: /\.java$/ },
  { name: 'capacitor-android', language: 'java', from: { npm: '@capacitor/android@8.5.2' }, root: 'capacitor/src/main/java', include: /\.java$/ },
  { name: 'cordova-android', language: 'java', from: { npm: 'cordova-android@15.1.0' }, root: 'framework/src', include: /\.java$/ },
  // --- javascript
  { name: 'webpack', language: 'javascript', from: { npm: 'webpack@5.97.1' }, root: 'lib', include: /\.js$/ },
  { name: 'express', language: 'javascript', from: { npm: 'express@4.21.2' }, root: 'lib', include: /\.js$/ },
  { name: 'lodash', language: 'javascript', from: { npm: 'lodash@4.17.21' }, root: '.', include: /\.js$/ },
  // npm's own lib/ is Artistic-2.0 (not on the list); its bundled dependencies are mostly ISC/MIT.
  { name: 'npm-dependencies', language: 'javascript', from: { npm: 'npm@11.19.1' }, root: 'node_modules', include: /\.js$/,
    exclude: /(^|\/)dist\// }, // dist/: compiler output (TypeScript, Babel), not written as JavaScript
  // --- typescript (package sources, not .d.ts declarations)
  { name: 'rxjs', language: 'typescript', from: { npm: 'rxjs@7.8.2' }, root: 'src', include: /\.ts$/ },
  { name: 'reduxjs-toolkit', language: 'typescript', from: { npm: '@reduxjs/toolkit@2.5.0' }, root: 'src', include: /\.ts$/ },
  { name: 'mobx', language: 'typescript', from: { npm: 'mobx@6.13.5' }, root: 'src', include: /\.ts$/ },
  { name: 'trpc-server', language: 'typescript', from: { npm: '@trpc/server@11.0.0' }, root: 'src', include: /\.ts$/ },
  { name: 'effect', language: 'typescript', from: { npm: 'effect@3.12.0' }, root: 'src', include: /\.ts$/ },
  { name: 'immer', language: 'typescript', from: { npm: 'immer@10.1.1' }, root: 'src', include: /\.ts$/ },
  // --- kotlin (Android code of React Native and its libraries)
  { name: 'react-native-android-kotlin', language: 'kotlin', from: { npm: 'react-native@0.76.9' }, root: 'ReactAndroid/src/main/java', include: /\.kt$/ },
  { name: 'react-native-screens', language: 'kotlin', from: { npm: 'react-native-screens@4.4.0' }, root: 'android/src', include: /\.kt$/ },
  { name: 'expo-modules-core-android', language: 'kotlin', from: { npm: 'expo-modules-core@2.1.2' }, root: 'android/src', include: /\.kt$/ },
  { name: 'gesture-handler-android', language: 'kotlin', from: { npm: 'react-native-gesture-handler@2.21.2' }, root: 'android/src', include: /\.kt$/ },
  // --- swift
  { name: 'expo-modules-core-ios', language: 'swift', from: { npm: 'expo-modules-core@2.1.2' }, root: 'ios', include: /\.swift$/, exclude: /(^|\/)Tests\// },
  { name: 'capacitor-ios', language: 'swift', from: { npm: '@capacitor/ios@6.2.0' }, root: '.', include: /\.swift$/ },
  // --- objective-c (.m: Objective-C++ .mm files are left out)
  { name: 'react-native-ios', language: 'objective-c', from: { npm: 'react-native@0.76.9' }, root: '.', include: /\.m$/ },
  { name: 'capacitor-ios-objc', language: 'objective-c', from: { npm: '@capacitor/ios@6.2.0' }, root: '.', include: /\.m$/ },
  { name: 'gesture-handler-ios', language: 'objective-c', from: { npm: 'react-native-gesture-handler@2.21.2' }, root: 'apple', include: /\.m$/ },
  // --- csharp
  { name: 'react-native-windows', language: 'csharp', from: { npm: 'react-native-windows@0.76.4' }, root: '.', include: /\.cs$/ },
  // --- scss, css
  { name: 'bootstrap-scss', language: 'scss', from: { npm: 'bootstrap@5.3.3' }, root: 'scss', include: /\.scss$/ },
  { name: 'primer-css', language: 'scss', from: { npm: '@primer/css@21.5.1' }, root: '.', include: /\.scss$/ },
  { name: 'tachyons', language: 'css', from: { npm: 'tachyons@4.12.0' }, root: 'src', include: /\.css$/ },
  { name: 'purecss', language: 'css', from: { npm: 'purecss@3.0.0' }, root: 'build', include: /\.css$/, exclude: /-min\.css$/ },
  { name: 'jquery-ui-themes', language: 'css', from: { deb: 'libjs-jquery-ui', version: '1.13.2+dfsg-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/javascript/jquery-ui/themes', include: /\.css$/, exclude: /\.min\.css$/ },
  // --- lua
  { name: 'penlight', language: 'lua', from: { deb: 'lua-penlight', version: '1.13.1-3' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/lua/5.1', include: /\.lua$/ },
  { name: 'busted', language: 'lua', from: { deb: 'lua-busted', version: '2.1.1-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/lua/5.1', include: /\.lua$/ },
  { name: 'ldoc', language: 'lua', from: { deb: 'lua-ldoc', version: '1.4.6-2' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/lua/5.1', include: /\.lua$/ },
  // --- sql (PostgreSQL's extension scripts)
  { name: 'postgresql-extensions', language: 'sql', from: { deb: 'postgresql-15', version: '15.18-0+deb12u1' },
    licence: 'PostgreSQL', debianLicence: 'PostgreSQL', licenceFiles: '*', root: 'usr/share/postgresql/15/extension', include: /\.sql$/ },
  // --- perl
  { name: 'mojolicious', language: 'perl', from: { deb: 'libmojolicious-perl', version: '9.31+dfsg-1' },
    licence: 'Artistic-2.0', debianLicence: 'Artistic-2.0', licenceFiles: '*', root: 'usr/share/perl5', include: /\.p[ml]$/ },
];
