/* Links a Cockpit image into the VM harness: assemble with -DIMAGE_PATH='"app.cbc"'. */
    .section .rodata.bench_image, "a"
    .balign 8
    .global bench_image, bench_image_end
bench_image:
    .incbin IMAGE_PATH
bench_image_end:
