include make/e2e-setup.mk
