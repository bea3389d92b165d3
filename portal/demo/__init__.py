"""Demo content as data files (portal/demo/data/) and the code that loads them.

`files` reads and checks the files, `loader` writes them through the apps' services
(`seed_demo`), `scale` recombines them into national-scale data (`seed_scale`)."""
