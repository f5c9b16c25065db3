/*
 * Builds the add-in: one shared-runtime page (taskpane.html) that loads the pane, the ribbon
 * commands and the FH.* custom functions, plus functions.json (generated from JSDoc), the German
 * function metadata, icons and the manifest.
 *
 *   npm run build              production build into dist/ (manifest URLs point at ADDIN_URL)
 *   npm run dev-server         https://localhost:3000 with Office's dev certificates
 *   webpack --env preview      the pane for the browser preview (no custom functions, no manifest)
 *
 * The production manifest replaces EVERY https://localhost:3000/ in manifest.xml, not only the first.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
/** Where the built add-in is hosted; set ADDIN_URL for your own server (must end with a slash). */
const PROD_URL = process.env.ADDIN_URL || 'https://fruehe-hilfen-check.github.io/fruehe-hilfen-check/';
const FUNCTIONS = './src/functions/functions.ts';

/** Every dev URL in the manifest becomes the production URL. */
function productionManifest(xml, url = PROD_URL) {
  return xml.split(DEV_URL).join(url.endsWith('/') ? url : `${url}/`);
}

/** Office's dev certificates; where trusting them system-wide fails (Linux without sudo) the generated files still serve. */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const defaults = require('office-addin-dev-certs/lib/defaults');
    if (!fs.existsSync(defaults.localhostCertificatePath)) throw error;
    console.warn(`Entwicklerzertifikat nicht systemweit installiert (${error.message.split('\n')[0]}); vertrauen Sie ${defaults.caCertificatePath} im Browser. / Developer certificate not trusted system-wide; trust ${defaults.caCertificatePath} in your browser.`);
    const read = (file) => fs.readFileSync(file);
    return { ca: read(defaults.caCertificatePath), cert: read(defaults.localhostCertificatePath), key: read(defaults.localhostKeyPath) };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || env.production === true;
  const preview = Boolean(env.preview);
  // The functions come from another part of the project; build without them until the file exists.
  const withFunctions = !preview && fs.existsSync(path.resolve(__dirname, FUNCTIONS));
  const outDir = path.resolve(__dirname, env.outDir || 'dist');

  const entry = { taskpane: './src/taskpane/main.ts', commands: './src/commands/commands.ts' };
  if (withFunctions) entry.functions = FUNCTIONS;

  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['runtime', ...(withFunctions ? ['functions'] : []), 'commands', 'taskpane'],
      chunksSortMode: 'manual',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ...(withFunctions ? [{ from: 'src/functions/functions.de.json', to: 'functions.de.json' }] : []),
        ...(preview
          ? []
          : [{ from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (production ? productionManifest(content.toString()) : content) }]),
      ],
    }),
  ];
  if (withFunctions) {
    const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
    plugins.push(new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: 'functions.json' }));
  }

  let devServer;
  if (env.WEBPACK_SERVE) {
    devServer = {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
      static: { directory: outDir },
    };
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry,
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; ES modules let webpack drop what the pane does not use.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
          },
        },
      ],
    },
    // One webpack runtime for all three bundles: the commands and the pane share module instances.
    // One shared chunk for the engine code the pane and the functions both use.
    optimization: { runtimeChunk: 'single', splitChunks: { chunks: 'all', minSize: 10000, name: (module, chunks) => (chunks.length > 1 ? 'shared' : false) } },
    performance: { hints: false },
    plugins,
    devServer,
  };
};

module.exports.productionManifest = productionManifest;
module.exports.DEV_URL = DEV_URL;
module.exports.PROD_URL = PROD_URL;
