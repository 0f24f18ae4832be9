// The held-out evaluation set's sources (bench/heldout/, scripts/make-sample.mjs --set heldout): permissively
// licensed code from Debian 12 and npm packages that neither the sample nor the pretraining corpus
// (sources.mjs) uses, at least three projects per language, so that `npm run bench:accuracy` measures the
// detector on projects it has never seen. Same fields and licence checks as sources.mjs.

export const HELDOUT_SOURCES = [
  // --- python
  { name: 'requests', language: 'python', from: { deb: 'python3-requests', version: '2.28.1+dfsg-1' },
    licence: 'Apache-2.0', debianLicence: 'Apache', licenceFiles: '*', root: 'usr/lib/python3/dist-packages/requests', include: /\.py$/ },
  { name: 'urllib3', language: 'python', from: { deb: 'python3-urllib3', version: '1.26.12-1+deb12u4' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/lib/python3/dist-packages/urllib3', include: /\.py$/ },
  { name: 'click', language: 'python', from: { deb: 'python3-click', version: '8.1.3-2' },
    licence: 'BSD-3-Clause', debianLicence: 'BSD-3-clause', licenceFiles: '*', root: 'usr/lib/python3/dist-packages/click', include: /\.py$/ },
  { name: 'markdown', language: 'python', from: { deb: 'python3-markdown', version: '3.4.1-2+deb12u1' },
    licence: 'BSD-3-Clause', debianLicence: 'BSD-3-clause', licenceFiles: '*', root: 'usr/lib/python3/dist-packages/markdown', include: /\.py$/ },
  { name: 'attrs', language: 'python', from: { deb: 'python3-attr', version: '22.2.0-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/lib/python3/dist-packages/attr', include: /\.py$/ },
  // --- go
  { name: 'cobra', language: 'go', from: { deb: 'golang-github-spf13-cobra-dev', version: '1.6.1-1' },
    licence: 'Apache-2.0', debianLicence: 'Apache-2.0', licenceFiles: '*', root: 'usr/share/gocode/src', include: /\.go$/, exclude: /_test\.go$/ },
  { name: 'testify', language: 'go', from: { deb: 'golang-github-stretchr-testify-dev', version: '1.8.1-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/gocode/src', include: /\.go$/, exclude: /_test\.go$/ },
  { name: 'logrus', language: 'go', from: { deb: 'golang-github-sirupsen-logrus-dev', version: '1.9.0-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/gocode/src', include: /\.go$/, exclude: /_test\.go$/ },
  { name: 'pkg-errors', language: 'go', from: { deb: 'golang-github-pkg-errors-dev', version: '0.9.1-2' },
    licence: 'BSD-2-Clause', debianLicence: 'BSD-2-clause', licenceFiles: '*', root: 'usr/share/gocode/src', include: /\.go$/, exclude: /_test\.go$/ },
  { name: 'x-text', language: 'go', from: { deb: 'golang-golang-x-text-dev', version: '0.7.0-1' },
    licence: 'BSD-3-Clause', debianLicence: 'BSD-3-Clause', licenceFiles: '*', root: 'usr/share/gocode/src', include: /\.go$/, exclude: /_test\.go$|(^|\/)(testdata|gen)\/|tables\d*\.go$/ },
  // --- ruby
  { name: 'rack', language: 'ruby', from: { deb: 'ruby-rack', version: '2.2.22-0+deb12u1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/rubygems-integration/all/gems', include: /\.rb$/ },
  { name: 'thor', language: 'ruby', from: { deb: 'ruby-thor', version: '1.2.1-2' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/rubygems-integration/all/gems', include: /\.rb$/ },
  { name: 'i18n', language: 'ruby', from: { deb: 'ruby-i18n', version: '1.10.0-2' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/rubygems-integration/all/gems', include: /\.rb$/ },
  { name: 'concurrent-ruby', language: 'ruby', from: { deb: 'ruby-concurrent', version: '1.1.6+dfsg-5' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/rubygems-integration/all/gems', include: /\.rb$/ },
  { name: 'mustache', language: 'ruby', from: { deb: 'ruby-mustache', version: '1.1.1-2' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/lib/ruby/vendor_ruby', include: /\.rb$/ },
  // --- php
  { name: 'twig', language: 'php', from: { deb: 'php-twig', version: '3.5.1-1+deb12u3' },
    licence: 'BSD-3-Clause', debianLicence: 'BSD-3-clause', licenceFiles: '*', root: 'usr/share/php/Twig', include: /\.php$/ },
  { name: 'psr-log', language: 'php', from: { deb: 'php-psr-log', version: '1.1.4-2' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/Psr/Log', include: /\.php$/ },
  { name: 'doctrine-inflector', language: 'php', from: { deb: 'php-doctrine-inflector', version: '2.0.6-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/Doctrine/Inflector', include: /\.php$/ },
  { name: 'guzzle-promises', language: 'php', from: { deb: 'php-guzzlehttp-promises', version: '1.5.2-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/GuzzleHttp/Promise', include: /\.php$/ },
  { name: 'carbon', language: 'php', from: { deb: 'php-nesbot-carbon', version: '2.65.0-1+deb12u1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/Carbon', include: /\.php$/, exclude: /^Lang\// },
  { name: 'flysystem', language: 'php', from: { deb: 'php-league-flysystem', version: '1.1.10-1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/share/php/League/Flysystem', include: /\.php$/ },
  // --- c (public headers: Debian ships few permissive C sources as files)
  { name: 'json-c', language: 'c', from: { deb: 'libjson-c-dev', version: '0.16-2' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/include/json-c', include: /\.h$/ },
  { name: 'libevent', language: 'c', from: { deb: 'libevent-dev', version: '2.1.12-stable-8' },
    licence: 'BSD-3-Clause', debianLicence: 'BSD-3-clause', licenceFiles: '*', root: 'usr/include', include: /\.h$/ },
  { name: 'libsodium', language: 'c', from: { deb: 'libsodium-dev', version: '1.0.18-1+deb12u1' },
    licence: 'ISC', debianLicence: 'ISC', licenceFiles: '*', root: 'usr/include', include: /\.h$/ },
  // --- cpp
  { name: 'rapidjson', language: 'cpp', from: { deb: 'rapidjson-dev', version: '1.1.0+dfsg2-7.1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/include/rapidjson', include: /\.h$/ },
  { name: 'cli11', language: 'cpp', from: { deb: 'libcli11-dev', version: '2.1.2+ds-1' },
    licence: 'BSD-3-Clause', debianLicence: 'BSD-3-clause', licenceFiles: '*', root: 'usr/include/CLI', include: /\.hpp$/ },
  { name: 'glm', language: 'cpp', from: { deb: 'libglm-dev', version: '0.9.9.8+ds-6' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr/include/glm', include: /\.(hpp|inl)$/ },
  { name: 'msgpack-cxx', language: 'cpp', from: { deb: 'libmsgpack-cxx-dev', version: '4.1.3-1' },
    licence: 'BSL-1.0', debianLicence: 'Boost-1', licenceFiles: '*', root: 'usr/include/msgpack', include: /\.hpp$/, exclude: /(^|\/)(preprocessor|predef)\// },
  // --- rust
  ...[['serde', '1.0.152-2', 'serde-1.0.152'], ['regex', '1.7.1-1', 'regex-1.7.1'], ['rand', '0.8.5-1', 'rand-0.8.5'], ['log', '0.4.17-3', 'log-0.4.17'], ['anyhow', '1.0.69-1', 'anyhow-1.0.69']].map(
    ([name, version, dir]) => ({ name, language: 'rust', from: { deb: `librust-${name}-dev`, version },
      licence: 'MIT OR Apache-2.0', debianLicence: 'MIT or Apache-2.0', licenceFiles: '*', root: `usr/share/cargo/registry/${dir}`, include: /\.rs$/ }),
  ),
  // --- shell
  { name: 'rbenv', language: 'shell', from: { deb: 'rbenv', version: '1.1.2-1' },
    licence: 'MIT', debianLicence: 'MIT', licenceFiles: '*', root: 'usr/lib/rbenv', include: /\.bash$/, shebang: true },
  { name: 'git-flow', language: 'shell', from: { deb: 'git-flow', version: '1.12.3-3' },
    licence: 'BSD-2-Clause', debianLicence: 'BSD-2-clause', licenceFiles: '*', root: 'usr', shebang: true, exclude: /^share\/(lintian|zsh)\// },
  { name: 'fzf', language: 'shell', from: { deb: 'fzf', version: '0.38.0-1+b1' },
    licence: 'MIT', debianLicence: 'Expat', licenceFiles: '*', root: 'usr', include: /\.bash$|completions\/fzf$/, shebang: true },
  // --- java (Android code of React Native libraries)
  { name: 'react-native-svg', language: 'java', from: { npm: 'react-native-svg@15.8.0' }, root: 'android/src', include: /\.java$/ },
  { name: 'react-native-webview', language: 'java', from: { npm: 'react-native-webview@13.12.5' }, root: 'android/src', include: /\.java$/ },
  { name: 'netinfo', language: 'java', from: { npm: '@react-native-community/netinfo@11.4.1' }, root: 'android/src', include: /\.java$/ },
  { name: 'device-info', language: 'java', from: { npm: 'react-native-device-info@14.0.4' }, root: 'android/src', include: /\.java$/ },
  // --- javascript
  { name: 'axios', language: 'javascript', from: { npm: 'axios@1.7.9' }, root: 'lib', include: /\.js$/ },
  { name: 'moment', language: 'javascript', from: { npm: 'moment@2.30.1' }, root: 'src/lib', include: /\.js$/ },
  { name: 'commander', language: 'javascript', from: { npm: 'commander@12.1.0' }, root: 'lib', include: /\.js$/ },
  { name: 'ws', language: 'javascript', from: { npm: 'ws@8.18.0' }, root: 'lib', include: /\.js$/ },
  // --- typescript
  { name: 'react-native-svg', language: 'typescript', from: { npm: 'react-native-svg@15.8.0' }, root: 'src', include: /\.tsx?$/ },
  { name: 'netinfo', language: 'typescript', from: { npm: '@react-native-community/netinfo@11.4.1' }, root: 'src', include: /\.tsx?$/ },
  { name: 'device-info', language: 'typescript', from: { npm: 'react-native-device-info@14.0.4' }, root: 'src', include: /\.tsx?$/ },
  { name: 'tanstack-query-core', language: 'typescript', from: { npm: '@tanstack/query-core@5.62.0' }, root: 'src', include: /\.ts$/ },
];
