// Builds the task pane (which also hosts the ribbon command, through the shared runtime) into dist/.
// `npm run build` for production, `npm run dev-server` to serve it on https://localhost:3000.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

// Every URL in manifest.xml points at this port, and `npm run validate` checks that they agree.
const DEV_SERVER_PORT = 3000;

module.exports = async (env, argv) => {
  const development = argv.mode === "development";
  const config = {
    context: __dirname,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: development ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // `npm run typecheck` reports type errors. ES module output lets webpack drop unused Fluent UI icons.
          options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: development } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The bundle goes after office.js (in the template's <head>) because it calls Office at start-up.
        inject: "body",
        scriptLoading: "blocking",
        // Unminified, so the office.js tag stays on its own line for tests to swap.
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    // This webpack also minifies .html assets by default. Keep the page as written, office.js line included.
    optimization: { minimizeOptions: { html: false } },
    devtool: development ? "source-map" : false,
    // Fluent UI makes a large single-page bundle, so warn only when it grows well beyond that.
    performance: development ? { hints: false } : { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
  };

  if (env.WEBPACK_SERVE) config.devServer = await devServer();
  return config;
};

async function devServer() {
  return {
    port: DEV_SERVER_PORT,
    host: "localhost",
    headers: { "Access-Control-Allow-Origin": "*" },
    server: await serverOptions(),
    static: false,
    // Reload the whole page on change, because the page also hosts the ribbon command.
    hot: false,
    client: { overlay: { warnings: false } },
  };
}

/** Returns HTTPS with the Office development certificates, or plain HTTP and a warning when they are missing. */
async function serverOptions() {
  try {
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    return { type: "https", options: await getHttpsServerOptions() };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(
      [
        "",
        "WARNING: could not get the Office development certificates, so the dev-server runs on plain HTTP.",
        `  Reason: ${reason}`,
        "  Excel will not load the add-in over HTTP. Run `npx office-addin-dev-certs install` and try again.",
        "",
      ].join("\n"),
    );
    return "http";
  }
}
