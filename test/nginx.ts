import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => spawnSync(file, ["-v"]).status === 0);

/**
 * A real nginx (Debian's) running `httpBlock` inside its http { } block, in a folder of its own,
 * as a child of the test. Fails with the install command when nginx is missing.
 */
export async function startNginx(httpBlock: (dir: string) => string, port: number): Promise<{ dir: string; stop: () => Promise<void> }> {
  if (!NGINX) throw new Error("nginx is not installed: `apt-get install -y nginx` (the CI script does it)");
  if (
    await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is taken (an nginx left from an earlier run?)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "statuspage-nginx-"));
  for (const sub of ["cache", "temp"]) mkdirSync(path.join(dir, sub), { mode: 0o777 });
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? "user root;" : ""}
events { worker_connections 1024; }
http {
  # As Debian's default nginx.conf has it (access log off: it would measure the disk).
  sendfile on;
  tcp_nopush on;
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
${httpBlock(dir)}
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${output}`);
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${port}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    dir,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      if (child.exitCode === null) child.kill("SIGQUIT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** deploy/nginx/statuspage.conf as shipped, with its three marked settings pointed at a test's app, port and folder. */
export function cacheTierConfig(options: { cacheDir: string; appPort: number; port: number }): string {
  const config = readFileSync(path.resolve(import.meta.dirname, "../deploy/nginx/statuspage.conf"), "utf8");
  const adjusted = config
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${options.cacheDir}`)
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${options.appPort};`)
    .replace(/listen 80;/, `listen 127.0.0.1:${options.port};`);
  for (const marker of [options.cacheDir, `:${options.appPort};`, `:${options.port};`]) {
    if (!adjusted.includes(marker)) throw new Error(`deploy/nginx/statuspage.conf changed shape: could not set ${marker}`);
  }
  return adjusted;
}
