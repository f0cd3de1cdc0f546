/* Text as the hub's filter and the search page compare it. */
(function () {
  "use strict";

  /* Lower case; no accents, Arabic short vowels or tatweel; the alif forms as one and
     alif maqsura as ya; no zero-width or other invisible format characters (a word
     pasted with a zero-width space or a direction mark still matches). */
  function fold(text) {
    return text.normalize("NFD")
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]|\p{Cf}/gu, "")
      .replace(/[\u0622\u0623\u0625]/g, "\u0627").replace(/\u0649/g, "\u064a")
      .toLowerCase();
  }

  /* The folded words of `text`: runs of letters and digits. */
  function words(text) {
    return fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  window.siteText = { fold: fold, words: words };
})();
