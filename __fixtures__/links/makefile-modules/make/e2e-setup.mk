$(bin_dir)/containers/pebble.tar: make/config/pebble/Containerfile.pebble
	@mkdir -p $(dir $@)
	$(CTR) build --quiet \
		-f make/config/pebble/Containerfile.pebble \
		-t local/pebble:local \
		make/config/pebble
	$(CTR) save local/pebble:local -o $@ >/dev/null

webhook-image:
	$(CTR) build -t $(images_registry)/samplewebhook:dev -f make/config/webhook/Containerfile make/config/webhook
