console.log('pnpm bench: not written yet');
