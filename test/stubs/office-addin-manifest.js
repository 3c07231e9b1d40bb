// Stand-in for office-addin-manifest under jest: office-addin-mock only
// imports it for usage telemetry, which tests never use.
module.exports = {};
