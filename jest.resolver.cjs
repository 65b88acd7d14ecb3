// Packages that export only an "import" condition (the @actions/* family) are resolved with it as
// a fallback; swc then compiles them to CommonJS like our own sources.
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (error) {
    if (request.startsWith('.') || request.startsWith('/')) throw error;
    return options.defaultResolver(request, { ...options, conditions: ['node', 'import', 'default'] });
  }
};
