// The full IRI-reference and IDN e-mail checks of ajv-formats-draft2019 (uri-js underneath, about
// 13 ms to load), each required on its first use: schema-formats.js decides the common values
// without them. CommonJS so that a bundle keeps the require lazy.
let iriReference;
let idnEmail;
module.exports = {
  iriReference: (value) => (iriReference ??= require('ajv-formats-draft2019/formats/iri-reference.js'))(value),
  idnEmail: (value) => (idnEmail ??= require('ajv-formats-draft2019/formats/idn-email.js'))(value),
};
